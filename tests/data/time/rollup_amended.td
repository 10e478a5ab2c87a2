# HYPOTHETICAL. A made-up amendment of the number of criteria a commune must
# meet, to show that a district's roll-up reads its communes' verdicts as of
# the day of the evaluation: decision "98/QĐ-UBND" below does not exist.
# Real plans are in rules/.
plan rollup_amended_sample "Mẫu giả định: tiêu chí xã được sửa đổi, huyện xét theo xã" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 (mẫu giả định)" by kh192
  period 2022 .. 2025
}

instrument kh192 "192/KH-UBND" {
  date 30/6/2022
  issuer "UBND tỉnh Bình Phước"
  title "Kế hoạch tổ chức Phong trào thi đua chung sức xây dựng nông thôn mới 2021-2025"
}

instrument qd98 "98/QĐ-UBND (giả định)" {
  date 20/12/2023
  issuer "UBND tỉnh (mẫu giả định)"
  title "Nâng số tiêu chí tối thiểu của xã (giả định)"
}

unit district "Huyện, thị xã, thành phố" {
  name: text "Tên huyện"
}

unit commune "Xã" within district {
  name: text "Tên xã"
  criteria_met: int "Số tiêu chí nông thôn mới xã đạt được"
}

# 15 criteria until the end of 2023; 17 from the amendment's first day.
param min_criteria for commune: int "Số tiêu chí tối thiểu của xã"
  source "II.1" by kh192 from 30/6/2022 until 31/12/2023
  = 15

param min_criteria for commune: int "Số tiêu chí tối thiểu của xã"
  source "Điều 1" by qd98 from 1/1/2024 until 31/12/2025
  = 17

criterion commune_enough for commune "Xã đạt số tiêu chí tối thiểu"
  source "II.1"
  : criteria_met >= min_criteria

criterion district_all_communes for district "Tất cả các xã của huyện đạt số tiêu chí tối thiểu"
  source "IV.1.2"
  : all c in commune where c.commune_enough

criterion district_half_communes for district "Từ 50% số xã của huyện đạt số tiêu chí tối thiểu"
  source "IV.1.2"
  : (share c in commune where c.commune_enough) >= 50%

award district_merit "Giấy khen huyện có mọi xã đạt số tiêu chí tối thiểu (giả định)" {
  authority "UBND tỉnh (mẫu giả định)"
  source "IV.2"
  period yearly
  for district: requires district_all_communes, at most 2
}

target communes_enough "Có từ 3 xã đạt số tiêu chí tối thiểu"
  source "II.1"
  : at least 3 commune where commune_enough

test "Huyện Một trước sửa đổi: cả hai xã đạt 15 tiêu chí" {
  as of 31/12/2023
  given district {
    id: "H-01", name: "Huyện Một"
  }
  given commune {
    id: "X-01", parent: "H-01", name: "Xã Một", criteria_met: 16
  }
  given commune {
    id: "X-02", parent: "H-01", name: "Xã Hai", criteria_met: 18
  }
  expect district_all_communes for "H-01"
  expect district_half_communes for "H-01"
  expect district_merit selects "H-01"
}

test "Huyện Một từ ngày sửa đổi: Xã Một (16) chưa đạt 17 tiêu chí" {
  as of 1/1/2024
  given district {
    id: "H-01", name: "Huyện Một"
  }
  given commune {
    id: "X-01", parent: "H-01", name: "Xã Một", criteria_met: 16
  }
  given commune {
    id: "X-02", parent: "H-01", name: "Xã Hai", criteria_met: 18
  }
  expect not commune_enough for "X-01"
  expect not district_all_communes for "H-01"
  expect district_half_communes for "H-01"
  expect district_merit leaves out "H-01"
}
