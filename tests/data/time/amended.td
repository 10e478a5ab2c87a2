# HYPOTHETICAL. A made-up amendment of the Bình Phước enterprise threshold
# (192/KH-UBND, IV.1.4), to show effective dates and versions: decision
# "99/QĐ-UBND" below does not exist. Real plans are in rules/.
plan amended_sample "Mẫu giả định: kế hoạch được sửa đổi" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 (mẫu giả định)" by kh192
  period 2022 .. 2025
}

instrument kh192 "192/KH-UBND" {
  date 30/6/2022
  issuer "UBND tỉnh Bình Phước"
  title "Kế hoạch tổ chức Phong trào thi đua chung sức xây dựng nông thôn mới 2021-2025"
}

instrument qd99 "99/QĐ-UBND (giả định)" {
  date 15/12/2023
  issuer "UBND tỉnh (mẫu giả định)"
  title "Sửa đổi mức đóng góp tại mục IV.1.4 Kế hoạch 192/KH-UBND (giả định)"
}

enum region "Vùng" {
  normal "Vùng bình thường",
  difficult "Vùng khó khăn"
}

unit enterprise "Doanh nghiệp, hợp tác xã" {
  region: region "Vùng"
  contribution: money "Mức đóng góp"
}

# 300 triệu from the plan's date; 400 triệu from the amendment's; in 2026 no
# version is in force (the plan ends with 2025).
param min_contribution for enterprise: money "Mức đóng góp tối thiểu"
  source "IV.1.4" by kh192 from 30/6/2022 until 31/12/2023
  = 300 triệu
  except region = difficult: 200 triệu

param min_contribution for enterprise: money "Mức đóng góp tối thiểu"
  source "Điều 1" by qd99 from 1/1/2024 until 31/12/2025
  = 400 triệu
  except region = difficult: 250 triệu

criterion enough_contribution for enterprise "Đóng góp đạt mức tối thiểu"
  source "IV.1.4"
  : contribution >= min_contribution

test "350 triệu: đủ theo 192/KH-UBND (đánh giá theo ngày cuối kỳ 31/12/2025: không đủ theo 99/QĐ-UBND)" {
  given enterprise {
    id: "DN-A", region: normal, contribution: 350 triệu
  }
  expect not enough_contribution
}
