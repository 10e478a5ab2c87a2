# Mistakes a rule author makes; each must be reported at its place.
enum region "Vùng" { normal, ethnic_minority, difficult }

unit enterprise "Doanh nghiệp" {
  region: region
  contribution: money
  supported_communes: int
}

criterion enough_contribution for enterprise "Đóng góp từ 300 triệu đồng"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300
  except region in {ethnic_minority, dificult2023-03-15}: contribution >= 200 triệu

criterion supports for enterprise: supported_comunes#>= 1
