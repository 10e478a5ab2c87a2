# Benchmark rule file: exactly one criterion, the enterprise criterion of
# Kế hoạch 192/KH-UBND (Bình Phước), IV.1.4, as the hand-written baseline in
# benchmarks/baseline.cc computes it:
#   supported communes ≥ 1, criteria improved ≥ 1, contribution ≥ 300 triệu
#   except ethnic-minority or difficult areas ≥ 200 triệu, at least one OCOP
#   product of ≥ 3 stars, no construction debt.
# Missing optional inputs make the verdict undetermined (on both sides).

plan bench_enterprise "Benchmark: tiêu chí doanh nghiệp, hợp tác xã (192/KH-UBND, IV.1.4)" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước"
  period 2021 .. 2025
}

enum region "Vùng" {
  normal "Vùng khác",
  ethnic_minority "Vùng đồng bào dân tộc thiểu số",
  difficult "Vùng khó khăn"
}

unit enterprise "Doanh nghiệp, hợp tác xã" {
  name: text "Tên doanh nghiệp, hợp tác xã"
  region: region "Vùng thực hiện đóng góp, hỗ trợ"
  supported_communes: int "Số xã được hỗ trợ trực tiếp"
  improved_ntm_criteria: int "Số tiêu chí xây dựng nông thôn mới được tạo chuyển biến mạnh mẽ"
  contribution: optional money "Mức đóng góp, hỗ trợ xây dựng nông thôn mới được ghi nhận"
  construction_debt: optional money "Nợ đọng xây dựng cơ bản"
  ocop_products: list of { name: text "Tên sản phẩm", stars: int "Số sao được xếp hạng" }
    "Sản phẩm OCOP"
}

param min_contribution for enterprise: money "Mức đóng góp tối thiểu"
  source "192/KH-UBND, IV.1.4"
  = 300 triệu
  except region in {ethnic_minority, difficult}: 200 triệu

criterion enterprise_merit for enterprise
  "Hỗ trợ từ 01 xã, tạo chuyển biến từ 01 tiêu chí, đóng góp từ 300 triệu (vùng DTTS, vùng khó khăn: 200 triệu), có sản phẩm OCOP từ 3 sao, không nợ đọng XDCB"
  source "192/KH-UBND, IV.1.4"
  : supported_communes >= 1
    and improved_ntm_criteria >= 1
    and contribution >= min_contribution
    and (any p in ocop_products where p.stars >= 3)
    and construction_debt = 0 đồng

test "Vùng khó khăn, 250 triệu, sản phẩm 4 sao, không nợ: đạt" {
  given enterprise {
    id: "B-01", name: "Hợp tác xã Điều Bù Gia Mập", region: difficult,
    supported_communes: 1, improved_ntm_criteria: 2, contribution: 250 triệu,
    construction_debt: 0 đồng, ocop_products: [{ name: "Hạt điều rang muối", stars: 4 }]
  }
  expect enterprise_merit
}

test "Vùng khác, 250 triệu: không đạt" {
  given enterprise {
    id: "B-02", name: "Công ty Tiêu sạch Lộc Hưng", region: normal,
    supported_communes: 1, improved_ntm_criteria: 2, contribution: 250 triệu,
    construction_debt: 0 đồng, ocop_products: [{ name: "Tiêu đen", stars: 3 }]
  }
  expect not enterprise_merit
}

test "Chưa có số liệu nợ đọng: chưa xác định" {
  given enterprise {
    id: "B-03", name: "Công ty Chăn nuôi Đồng Phú", region: normal,
    supported_communes: 2, improved_ntm_criteria: 1, contribution: 300 triệu,
    ocop_products: [{ name: "Thịt heo sạch", stars: 5 }]
  }
  expect undetermined enterprise_merit
}
