# A rule file whose test is wrong on purpose: `thidua test` must say so,
# with the expected and actual verdicts and the explanation.
enum region "Vùng" { normal, difficult "Vùng khó khăn" }

unit enterprise "Doanh nghiệp" {
  region: region
  contribution: money
}

criterion enough for enterprise "Đóng góp từ 300 triệu" source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region = difficult: contribution >= 200 triệu

test "Vùng khó khăn, 250 triệu (kỳ vọng sai)" {
  given enterprise { region: difficult, contribution: 250 triệu }
  expect not enough
}
