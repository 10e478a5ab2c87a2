# The consumer's rule file: one criterion with an exception.
unit enterprise "Doanh nghiệp, hợp tác xã" {
  name: text "Tên"
  region: region "Vùng"
  contribution: optional money "Mức đóng góp"
  supported_communes: int "Số xã được hỗ trợ"
}
enum region "Vùng" { normal "Vùng khác", difficult "Vùng khó khăn" }
criterion đóng_góp_đủ for enterprise "Đóng góp từ 300 triệu đồng trở lên"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region in {difficult}: contribution >= 200 triệu
