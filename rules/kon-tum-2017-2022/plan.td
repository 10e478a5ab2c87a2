# Kế hoạch 2017/KH-UBND ngày 28/6/2022 của UBND tỉnh Kon Tum
# Tổ chức thực hiện phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới”
# giai đoạn 2021 - 2025 (theo bản tin trên Cổng thông tin điện tử tỉnh).
#
# Bản tin không nêu tiêu chí khen thưởng; nội dung là các chỉ tiêu phấn đấu và
# tiến độ. Tệp này mã hóa:
#   - chỉ tiêu theo từng xã: mỗi năm đạt thêm 1-2 tiêu chí trở lên; không còn xã
#     đạt dưới 15 tiêu chí;
#   - chỉ tiêu toàn tỉnh, trên một bản ghi “tỉnh” mà các số đếm (số xã, số thôn,
#     số huyện) là dữ liệu nhập: ngôn ngữ chưa đếm được trên tập bản ghi xã.
# Văn bản không đánh số mục; trích dẫn “2017/KH-UBND, Chỉ tiêu”.
# Tiến độ, sơ kết, tổng kết, kiểm tra: xem README.md, “Not yet expressible”.

plan kon_tum_2017 "Kon Tum chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025" {
  source "Kế hoạch 2017/KH-UBND ngày 28/6/2022 của UBND tỉnh Kon Tum"
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
  year: int "Năm đánh giá"
  ntm_level: ntm_level "Mức đạt chuẩn nông thôn mới"
  criteria_met: int "Số tiêu chí đạt theo Bộ tiêu chí quốc gia về xã nông thôn mới (năm đánh giá)"
  criteria_met_prev_year: optional int "Số tiêu chí đạt năm trước"
}

# Bản ghi tổng hợp toàn tỉnh; các số đếm do cơ quan thường trực tổng hợp và nhập.
unit province "Tỉnh (số liệu tổng hợp)" {
  name: text "Tên tỉnh"
  year: int "Năm số liệu"
  ethnic_villages_total: int "Tổng số thôn (làng) vùng đồng bào dân tộc thiểu số"
  ethnic_villages_standard: int "Số thôn (làng) vùng đồng bào dân tộc thiểu số đạt chuẩn thôn nông thôn mới"
  model_area_villages: int "Số thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu"
  communes_standard: int "Số xã đạt chuẩn nông thôn mới (kể cả xã đạt chuẩn nâng cao, kiểu mẫu)"
  communes_advanced: int "Số xã đạt chuẩn nông thôn mới nâng cao (kể cả xã đạt chuẩn kiểu mẫu)"
  communes_model: int "Số xã đạt chuẩn nông thôn mới kiểu mẫu"
  communes_below_15: int "Số xã đạt dưới 15 tiêu chí"
  districts_completed: int "Số huyện, thành phố đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ xây dựng nông thôn mới"
  rural_income: optional money "Thu nhập bình quân đầu người khu vực nông thôn (đồng/người/năm)"
  rural_income_2020: money "Thu nhập bình quân đầu người khu vực nông thôn năm 2020 (đồng/người/năm)"
}

# --- Tham số (các con số của Kế hoạch) ---

# Cách hiểu: “đạt thêm từ 1-2 tiêu chí trở lên” = tối thiểu 1 tiêu chí mỗi năm
# (cận dưới của khoảng 1-2).
param min_yearly_gain: int "Số tiêu chí tối thiểu xã phải đạt thêm mỗi năm"
  source "2017/KH-UBND, Chỉ tiêu"
  = 1

param min_commune_criteria: int "Số tiêu chí tối thiểu của mỗi xã (không còn xã dưới 15 tiêu chí)"
  source "2017/KH-UBND, Chỉ tiêu"
  = 15

param ethnic_villages_share: percent "Tỷ lệ thôn (làng) vùng đồng bào DTTS đạt chuẩn thôn nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  = 50%

param income_multiplier: decimal "Số lần tăng thu nhập bình quân của người dân nông thôn so với năm 2020"
  source "2017/KH-UBND, Chỉ tiêu"
  = 1.5

# --- Chỉ tiêu theo từng xã ---

# Cách hiểu: xã đã đạt chuẩn (đạt đủ tiêu chí) không thể “đạt thêm” tiêu chí; với
# các xã này Kế hoạch đặt hướng khác (“tiếp tục xây dựng NTM nâng cao, kiểu mẫu”),
# nên chỉ tiêu đạt thêm tiêu chí chỉ áp dụng cho xã chưa đạt chuẩn.
criterion commune_yearly_gain for commune
  "Mỗi năm các xã đạt thêm từ 1-2 tiêu chí trở lên theo Bộ tiêu chí quốc gia xây dựng nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : criteria_met - criteria_met_prev_year >= min_yearly_gain
  except ntm_level >= standard: true

criterion commune_not_below_15 for commune "Không còn xã đạt dưới 15 tiêu chí"
  source "2017/KH-UBND, Chỉ tiêu"
  : criteria_met >= min_commune_criteria

# --- Chỉ tiêu toàn tỉnh (trên bản ghi tổng hợp) ---

criterion province_ethnic_villages for province
  "Toàn tỉnh có từ 50% trở lên số thôn (làng) vùng đồng bào dân tộc thiểu số đạt chuẩn thôn nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : ethnic_villages_standard / ethnic_villages_total >= ethnic_villages_share

criterion province_model_village for province
  "Có ít nhất 01 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu"
  source "2017/KH-UBND, Chỉ tiêu"
  : model_area_villages >= 1

# Cách hiểu: “20 xã nâng cao”, “06 xã kiểu mẫu” là mức tối thiểu (phấn đấu), và
# “trong đó” nghĩa là các xã nâng cao được tính trong 60 xã đạt chuẩn.
criterion province_communes_standard for province
  "Toàn tỉnh có từ 60 xã trở lên đạt chuẩn nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : communes_standard >= 60

criterion province_communes_advanced for province
  "Trong đó có 20 xã đạt chuẩn nông thôn mới nâng cao"
  source "2017/KH-UBND, Chỉ tiêu"
  : communes_advanced >= 20

criterion province_communes_model for province
  "Có 06 xã đạt chuẩn nông thôn mới kiểu mẫu"
  source "2017/KH-UBND, Chỉ tiêu"
  : communes_model >= 6

criterion province_no_commune_below_15 for province "Không còn xã đạt dưới 15 tiêu chí"
  source "2017/KH-UBND, Chỉ tiêu"
  : communes_below_15 = 0

criterion province_districts for province
  "Toàn tỉnh có 04 huyện, thành phố đạt chuẩn nông thôn mới và hoàn thành nhiệm vụ xây dựng nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : districts_completed >= 4

criterion province_rural_income for province
  "Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020"
  source "2017/KH-UBND, Chỉ tiêu"
  : rural_income >= rural_income_2020 * income_multiplier

criterion province_targets_met for province
  "Đạt toàn bộ chỉ tiêu phấn đấu giai đoạn 2021 - 2025 của Kế hoạch"
  source "2017/KH-UBND, Chỉ tiêu"
  : province_ethnic_villages
    and province_model_village
    and province_communes_standard
    and province_communes_advanced
    and province_communes_model
    and province_no_commune_below_15
    and province_districts
    and province_rural_income

# --- Kiểm thử ---

test "Xã chưa đạt chuẩn, năm 2023 đạt thêm 2 tiêu chí (13 → 15)" {
  given commune {
    id: "T-KT-01", name: "Xã Đăk Na", district_name: "Huyện Tu Mơ Rông", year: 2023,
    ntm_level: none, criteria_met: 15, criteria_met_prev_year: 13
  }
  expect commune_yearly_gain
  expect commune_not_below_15
}

test "Xã chưa đạt chuẩn không đạt thêm tiêu chí nào, còn 14 tiêu chí (ranh giới 15)" {
  given commune {
    id: "T-KT-02", name: "Xã Mô Rai", district_name: "Huyện Sa Thầy", year: 2023,
    ntm_level: none, criteria_met: 14, criteria_met_prev_year: 14
  }
  expect not commune_yearly_gain
  expect not commune_not_below_15
}

test "Xã chưa đạt chuẩn thiếu số liệu năm trước: chưa xác định" {
  given commune {
    id: "T-KT-03", name: "Xã Ngọc Lây", district_name: "Huyện Tu Mơ Rông", year: 2023,
    ntm_level: none, criteria_met: 12
  }
  expect undetermined commune_yearly_gain
  expect not commune_not_below_15
}

test "Xã đã đạt chuẩn: chỉ tiêu đạt thêm tiêu chí không đặt ra, dù thiếu số liệu năm trước" {
  given commune {
    id: "T-KT-04", name: "Xã Đăk Hring", district_name: "Huyện Đăk Hà", year: 2023,
    ntm_level: advanced, criteria_met: 19
  }
  expect commune_yearly_gain
  expect commune_not_below_15
}

test "Thu nhập nông thôn đúng 1,5 lần năm 2020 (46,8 triệu so với 31,2 triệu): đạt" {
  given province {
    id: "T-KT-T1", name: "Tỉnh Kon Tum", year: 2025, ethnic_villages_total: 600,
    ethnic_villages_standard: 300, model_area_villages: 1, communes_standard: 60,
    communes_advanced: 20, communes_model: 6, communes_below_15: 0, districts_completed: 4,
    rural_income: 46,8 triệu, rural_income_2020: 31,2 triệu
  }
  expect province_ethnic_villages
  expect province_rural_income
  expect province_targets_met
}

test "Thu nhập thiếu 1 đồng so với 1,5 lần; thôn DTTS đạt chuẩn 299/600 (dưới 50%)" {
  given province {
    id: "T-KT-T2", name: "Tỉnh Kon Tum", year: 2025, ethnic_villages_total: 600,
    ethnic_villages_standard: 299, model_area_villages: 2, communes_standard: 64,
    communes_advanced: 22, communes_model: 6, communes_below_15: 0, districts_completed: 4,
    rural_income: 46_799_999 đồng, rural_income_2020: 31,2 triệu
  }
  expect not province_ethnic_villages
  expect not province_rural_income
  expect not province_targets_met
}

test "Chưa có số liệu thu nhập năm đánh giá: chưa xác định" {
  given province {
    id: "T-KT-T3", name: "Tỉnh Kon Tum", year: 2023, ethnic_villages_total: 600,
    ethnic_villages_standard: 320, model_area_villages: 1, communes_standard: 61,
    communes_advanced: 20, communes_model: 6, communes_below_15: 0, districts_completed: 4,
    rural_income_2020: 31,2 triệu
  }
  expect undetermined province_rural_income
  expect undetermined province_targets_met
}
