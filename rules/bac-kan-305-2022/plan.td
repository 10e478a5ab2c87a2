# Kế hoạch 305/KH-UBND ngày 13/5/2022 của UBND tỉnh Bắc Kạn
# Tổ chức thực hiện phong trào thi đua “Bắc Kạn chung sức xây dựng nông thôn mới”
# giai đoạn 2021 - 2025.
#
# Nguồn duy nhất hiện có là bản tin ngày 13/5/2022 tóm tắt Kế hoạch (không có số
# mục). Bản tin KHÔNG nêu tiêu chí khen thưởng, hình thức, số lượng, hồ sơ; chỉ
# nêu mục đích và phân công. Tệp này chỉ mã hóa điều kiện theo từng xã mà bản tin
# nêu rõ: duy trì và nâng cao chất lượng tiêu chí của các xã đã đạt chuẩn nông
# thôn mới, nông thôn mới nâng cao trong giai đoạn 2016 - 2020. Xem README.md.

plan bac_kan_305 "Bắc Kạn chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025" {
  source "Kế hoạch 305/KH-UBND ngày 13/5/2022 của UBND tỉnh Bắc Kạn (theo bản tin ngày 13/5/2022)"
  period 2021 .. 2025
}

enum ntm_level "Mức đạt chuẩn nông thôn mới" ordered {
  none "Chưa đạt chuẩn",
  standard "Đạt chuẩn nông thôn mới",
  advanced "Đạt chuẩn nông thôn mới nâng cao",
  model "Đạt chuẩn nông thôn mới kiểu mẫu"
}

unit commune "Xã" {
  name: text "Tên xã"
  district_name: text "Thuộc huyện, thành phố"
  recognised_level_2016_2020: ntm_level "Mức đạt chuẩn nông thôn mới được công nhận trong giai đoạn 2016 - 2020"
  current_level: optional ntm_level "Mức đạt chuẩn nông thôn mới hiện nay (theo kết quả rà soát, đánh giá)"
  quality_improved: optional assessed "Nâng cao chất lượng các tiêu chí nông thôn mới"
}

# Cách hiểu: điều kiện chỉ nói về các xã đã đạt chuẩn NTM, NTM nâng cao trong giai
# đoạn 2016 - 2020; với xã chưa được công nhận trong giai đoạn đó thì điều kiện
# không đặt ra yêu cầu (coi là đáp ứng). “Duy trì” = mức hiện nay không thấp hơn
# mức đã được công nhận.
criterion maintains_level for commune
  "Duy trì chất lượng các tiêu chí của các xã đã đạt chuẩn nông thôn mới, nông thôn mới nâng cao trong giai đoạn 2016 - 2020"
  source "305/KH-UBND, Mục đích (bản tin 13/5/2022)"
  : if recognised_level_2016_2020 = none then true else current_level >= recognised_level_2016_2020

criterion improves_quality for commune
  "Nâng cao chất lượng các tiêu chí của các xã đã đạt chuẩn nông thôn mới, nông thôn mới nâng cao trong giai đoạn 2016 - 2020"
  source "305/KH-UBND, Mục đích (bản tin 13/5/2022)"
  : if recognised_level_2016_2020 = none then true else quality_improved

criterion maintains_and_improves for commune
  "Duy trì và nâng cao chất lượng các tiêu chí của các xã đã đạt chuẩn nông thôn mới, nông thôn mới nâng cao trong giai đoạn 2016 - 2020"
  source "305/KH-UBND, Mục đích (bản tin 13/5/2022)"
  : maintains_level and improves_quality

test "Xã đạt chuẩn năm 2019, nay nâng cao, có nâng cao chất lượng: đạt" {
  given commune {
    id: "T-BK-01", name: "Xã Nông Thượng", district_name: "Thành phố Bắc Kạn",
    recognised_level_2016_2020: standard, current_level: advanced, quality_improved: true
  }
  expect maintains_level
  expect improves_quality
  expect maintains_and_improves
}

test "Xã đạt chuẩn nâng cao 2020, nay chỉ còn đạt chuẩn: không duy trì" {
  given commune {
    id: "T-BK-02", name: "Xã Quang Thuận", district_name: "Huyện Bạch Thông",
    recognised_level_2016_2020: advanced, current_level: standard, quality_improved: true
  }
  expect not maintains_level
  expect not maintains_and_improves
}

test "Xã đạt chuẩn 2018 giữ nguyên mức (ranh giới): duy trì" {
  given commune {
    id: "T-BK-03", name: "Xã Dương Quang", district_name: "Thành phố Bắc Kạn",
    recognised_level_2016_2020: standard, current_level: standard, quality_improved: false
  }
  expect maintains_level
  expect not improves_quality
  expect not maintains_and_improves
}

test "Xã đã đạt chuẩn nhưng chưa có kết quả rà soát: chưa xác định" {
  given commune {
    id: "T-BK-04", name: "Xã Cẩm Giàng", district_name: "Huyện Bạch Thông",
    recognised_level_2016_2020: standard
  }
  expect undetermined maintains_level
  expect undetermined improves_quality
  expect undetermined maintains_and_improves
}

test "Xã chưa đạt chuẩn trong 2016 - 2020: điều kiện không đặt ra" {
  given commune {
    id: "T-BK-05", name: "Xã Bằng Vân", district_name: "Huyện Ngân Sơn",
    recognised_level_2016_2020: none
  }
  expect maintains_level
  expect improves_quality
  expect maintains_and_improves
}
