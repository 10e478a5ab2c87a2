# A HYPOTHETICAL membership list, for tests and docs/time-and-hierarchy.md.
# Bình Phước's 192/KH-UBND (IV.1.4) lowers the enterprise threshold from 300
# to 200 triệu "đối với vùng đồng bào dân tộc thiểu số, vùng khó khăn"
# without listing the communes; decisions of the province list them and
# replace one another. Decisions 10/QĐ-UBND and 20/QĐ-UBND below do not
# exist: they stand for two such lists, the second replacing the first on
# 1/1/2024. The members are in difficult_communes.csv, given by the caller.
plan lists_sample "Mẫu giả định: danh sách xã vùng khó khăn" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 (mẫu giả định)" by kh192
  period 2022 .. 2025
}

instrument kh192 "192/KH-UBND" {
  date 30/6/2022
  issuer "UBND tỉnh Bình Phước"
}

instrument qd10 "10/QĐ-UBND (giả định)" {
  date 1/7/2022
  issuer "UBND tỉnh (mẫu giả định)"
}

instrument qd20 "20/QĐ-UBND (giả định)" {
  date 15/12/2023
  issuer "UBND tỉnh (mẫu giả định)"
}

list difficult_communes "Xã vùng khó khăn" of commune
  source "Điều 1" by qd10 from 1/7/2022 until 31/12/2023

list difficult_communes "Xã vùng khó khăn" of commune
  source "Điều 1" by qd20 from 1/1/2024 until 31/12/2025

unit commune "Xã" {
  name: text "Tên xã"
}

unit enterprise "Doanh nghiệp, hợp tác xã" {
  supported_commune: text "Mã xã được doanh nghiệp hỗ trợ"
  contribution: money "Mức đóng góp, hỗ trợ được ghi nhận"
}

criterion enough_contribution for enterprise
  "Đóng góp từ 300 triệu đồng (từ 200 triệu đồng khi hỗ trợ xã vùng khó khăn)"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except supported_commune in difficult_communes: contribution >= 200 triệu

criterion listed_difficult for commune "Xã thuộc danh sách xã vùng khó khăn"
  source "Điều 1"
  : id in difficult_communes

# select and report read the lists too (thidua select/report --list).
award support_merit "Bằng khen doanh nghiệp hỗ trợ xã (giả định)" {
  authority "UBND tỉnh (mẫu giả định)"
  source "IV.1.4"
  period yearly
  for enterprise: requires enough_contribution, at most 10
}

target listed_communes "Có từ 2 xã thuộc danh sách xã vùng khó khăn (giả định)"
  source "Điều 1"
  : at least 2 commune where listed_difficult
