# Mistakes in test blocks: the unit described must match its kind.

enum region "Vùng" { normal, ethnic_minority, difficult }

unit enterprise "Doanh nghiệp, hợp tác xã" {
  region: region
  supported_communes: int
  contribution: money
  construction_debt: optional money
  ocop_products: list of { name: text, stars: int }
}

unit commune "Xã" { name: text }

criterion enough_contribution for enterprise: contribution >= 300 triệu
criterion commune_named for commune: name != ""

test "Vùng khó khăn, đóng góp 250 triệu" {
  given enterprise {
    id: "DN-01", region: dificult, supported_communes: "hai",
    contribution: 250, contribuion: 250 triệu,
    ocop_products: [{ name: "Hạt điều", stars: 4 }, { name: "Tiêu" }]
  }
  expect not enough_contribution
  expect commune_named
  expect undetermined enogh_contribution
}

test "Thiếu trường bắt buộc" {
  given enterprise { region: normal, ocop_products: [] }
  expect enough_contribution
}

test "Loại đơn vị gõ sai" {
  given enterprize { id: "DN-02" }
}
