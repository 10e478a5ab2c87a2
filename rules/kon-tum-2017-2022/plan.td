# Kế hoạch 2017/KH-UBND ngày 28/6/2022 của UBND tỉnh Kon Tum
# Tổ chức thực hiện phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới”
# giai đoạn 2021 - 2025 (theo bản tin trên Cổng thông tin điện tử tỉnh).
#
# Bản tin không nêu tiêu chí khen thưởng; nội dung là các chỉ tiêu phấn đấu, tiến
# độ và lịch sơ kết, tổng kết. Tệp này mã hóa:
#   - chỉ tiêu theo từng xã, trên số tiêu chí đạt theo từng năm (criteria_met):
#     mỗi năm đạt thêm 1-2 tiêu chí trở lên; không còn xã đạt dưới 15 tiêu chí;
#   - chỉ tiêu toàn tỉnh về xã, đếm trên các bản ghi xã (target); mỗi xã thuộc
#     một huyện, thành phố (cột `parent`), nên các chỉ tiêu về xã báo cáo được
#     theo từng huyện (thidua report --by district);
#   - chỉ tiêu 04 huyện, thành phố đạt chuẩn, đếm trên các bản ghi huyện;
#   - chỉ tiêu về thôn, huyện và thu nhập trên một bản ghi “tỉnh” tổng hợp: dữ
#     liệu không có bản ghi từng thôn nên các số đếm này là dữ liệu nhập;
#   - sơ kết 2023, tổng kết 2025 và kiểm tra hằng năm (schedule).
# Văn bản không đánh số mục; trích dẫn “2017/KH-UBND, Chỉ tiêu” và
# “2017/KH-UBND, Tổ chức thực hiện”.

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

# Huyện, thành phố thuộc tỉnh: các xã của huyện là các bản ghi xã có `parent`
# là mã của huyện.
unit district "Huyện, thành phố" {
  name: text "Tên huyện, thành phố"
  ntm_completed: optional bool "Huyện đạt chuẩn nông thôn mới; thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới"
}

unit commune "Xã" within district {
  name: text "Tên xã"
  district_name: text "Thuộc huyện, thành phố"
  year: int "Năm đánh giá"
  ntm_level: ntm_level "Mức đạt chuẩn nông thôn mới (năm đánh giá)"
  criteria_met: int by year "Số tiêu chí đạt theo Bộ tiêu chí quốc gia về xã nông thôn mới, theo từng năm"
}

# Bản ghi tổng hợp toàn tỉnh: các số đếm về thôn và huyện do cơ quan thường trực
# tổng hợp và nhập (không có bản ghi từng thôn, từng huyện để đếm).
unit province "Tỉnh (số liệu tổng hợp)" {
  name: text "Tên tỉnh"
  year: int "Năm số liệu"
  ethnic_villages_total: int "Tổng số thôn (làng) vùng đồng bào dân tộc thiểu số"
  ethnic_villages_standard: int "Số thôn (làng) vùng đồng bào dân tộc thiểu số đạt chuẩn thôn nông thôn mới"
  model_area_villages: int "Số thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu"
  districts_completed: int "Số huyện, thành phố đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ xây dựng nông thôn mới"
  rural_income: money by year "Thu nhập bình quân đầu người khu vực nông thôn (đồng/người/năm), theo từng năm"
}

# Sở, ban, ngành, đoàn thể cấp tỉnh, tổ chức chính trị - xã hội, UBND huyện, thành phố.
unit agency "Sở, ban, ngành, đoàn thể; UBND huyện, thành phố" {
  name: text "Tên cơ quan, đơn vị"
  year: int "Năm đánh giá"
  plan_issued_on: optional date "Ngày ban hành kế hoạch tổ chức thực hiện phong trào thi đua"
  reviews_held: date by period "Ngày tổ chức sơ kết (2023-midterm), tổng kết (2025-final)"
  inspected: date by period "Ngày Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra (theo năm)"
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
  : criteria_met[year] - criteria_met[year - 1] >= min_yearly_gain
  except ntm_level >= standard: true

criterion commune_not_below_15 for commune "Không còn xã đạt dưới 15 tiêu chí"
  source "2017/KH-UBND, Chỉ tiêu"
  : criteria_met[year] >= min_commune_criteria

# --- Chỉ tiêu toàn tỉnh về xã, đếm trên các bản ghi xã (thidua report) ---

# Cách hiểu: “20 xã nâng cao”, “06 xã kiểu mẫu” là mức tối thiểu (phấn đấu), và
# “trong đó” nghĩa là các xã nâng cao được tính trong 60 xã đạt chuẩn.
target communes_standard "Toàn tỉnh có từ 60 xã trở lên đạt chuẩn nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : at least 60 commune where ntm_level >= standard

target communes_advanced "Trong đó có 20 xã đạt chuẩn nông thôn mới nâng cao"
  source "2017/KH-UBND, Chỉ tiêu"
  : at least 20 commune where ntm_level >= advanced

target communes_model "Có 06 xã đạt chuẩn nông thôn mới kiểu mẫu"
  source "2017/KH-UBND, Chỉ tiêu"
  : at least 6 commune where ntm_level >= model

target no_commune_below_15 "Không còn xã đạt dưới 15 tiêu chí"
  source "2017/KH-UBND, Chỉ tiêu"
  : no commune where not commune_not_below_15

# Cách hiểu: như ở bản ghi tỉnh (province_districts), “đạt chuẩn và hoàn thành
# nhiệm vụ” là một số đếm: huyện đạt chuẩn hoặc thành phố hoàn thành nhiệm vụ.
target districts_completed
  "Toàn tỉnh có 04 huyện, thành phố đạt chuẩn nông thôn mới và hoàn thành nhiệm vụ xây dựng nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : at least 4 district where ntm_completed

target communes_gain_each_year
  "Mỗi năm các xã đạt thêm từ 1-2 tiêu chí trở lên theo Bộ tiêu chí quốc gia xây dựng nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : all commune where commune_yearly_gain

# --- Chỉ tiêu toàn tỉnh về thôn, huyện, thu nhập (trên bản ghi tổng hợp) ---

criterion province_ethnic_villages for province
  "Toàn tỉnh có từ 50% trở lên số thôn (làng) vùng đồng bào dân tộc thiểu số đạt chuẩn thôn nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : ethnic_villages_standard / ethnic_villages_total >= ethnic_villages_share

criterion province_model_village for province
  "Có ít nhất 01 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu"
  source "2017/KH-UBND, Chỉ tiêu"
  : model_area_villages >= 1

criterion province_districts for province
  "Toàn tỉnh có 04 huyện, thành phố đạt chuẩn nông thôn mới và hoàn thành nhiệm vụ xây dựng nông thôn mới"
  source "2017/KH-UBND, Chỉ tiêu"
  : districts_completed >= 4

criterion province_rural_income for province
  "Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020"
  source "2017/KH-UBND, Chỉ tiêu"
  : rural_income[year] >= rural_income[2020] * income_multiplier

criterion province_targets_met for province
  "Đạt các chỉ tiêu về thôn, huyện và thu nhập giai đoạn 2021 - 2025 của Kế hoạch"
  source "2017/KH-UBND, Chỉ tiêu"
  : province_ethnic_villages
    and province_model_village
    and province_districts
    and province_rural_income

# --- Tiến độ, sơ kết, tổng kết, kiểm tra ---

# Cách hiểu: “sơ kết … vào năm 2023 và tổng kết … vào năm 2025” = trong năm đó
# (hạn là ngày cuối năm); Kế hoạch không nêu ngày cụ thể.
schedule kon_tum_reviews "Sơ kết năm 2023, tổng kết năm 2025 phong trào thi đua" {
  source "2017/KH-UBND, Tổ chức thực hiện"
  midterm 2023 due at end
  final 2025 due at end
}

# “Hội đồng Thi đua - Khen thưởng tỉnh hằng năm tổ chức kiểm tra”: một lần kiểm
# tra trong mỗi năm, ở mỗi cơ quan, đơn vị.
schedule council_inspection "Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra hằng năm" {
  source "2017/KH-UBND, Tổ chức thực hiện"
  yearly due at end
}

criterion agency_plan_in_july_2022 for agency
  "Xây dựng kế hoạch tổ chức thực hiện phong trào thi đua, hoàn thành trong tháng 7/2022"
  source "2017/KH-UBND, Tổ chức thực hiện"
  : plan_issued_on <= 31/7/2022

criterion agency_reviews for agency
  "Tiến hành sơ kết vào năm 2023 và tổng kết phong trào thi đua vào năm 2025"
  source "2017/KH-UBND, Tổ chức thực hiện"
  : reviews_held on time for kon_tum_reviews in year

criterion agency_inspected for agency "Được Hội đồng Thi đua - Khen thưởng tỉnh kiểm tra trong năm"
  source "2017/KH-UBND, Tổ chức thực hiện"
  : inspected on time for council_inspection in year

# --- Kiểm thử ---

test "Xã chưa đạt chuẩn, năm 2023 đạt thêm 2 tiêu chí (13 → 15)" {
  given commune {
    id: "T-KT-01", name: "Xã Đăk Na", district_name: "Huyện Tu Mơ Rông", year: 2023,
    ntm_level: none, criteria_met: { 2021: 12, 2022: 13, 2023: 15 }
  }
  expect commune_yearly_gain
  expect commune_not_below_15
}

test "Xã chưa đạt chuẩn không đạt thêm tiêu chí nào, còn 14 tiêu chí (ranh giới 15)" {
  given commune {
    id: "T-KT-02", name: "Xã Mô Rai", district_name: "Huyện Sa Thầy", year: 2023, ntm_level: none,
    criteria_met: { 2022: 14, 2023: 14 }
  }
  expect not commune_yearly_gain
  expect not commune_not_below_15
}

test "Xã chưa đạt chuẩn thiếu số liệu năm trước (2022): chưa xác định" {
  given commune {
    id: "T-KT-03", name: "Xã Ngọc Lây", district_name: "Huyện Tu Mơ Rông", year: 2023,
    ntm_level: none, criteria_met: { 2021: 11, 2023: 12 }
  }
  expect undetermined commune_yearly_gain
  expect not commune_not_below_15
}

test "Xã chưa có số liệu năm đánh giá: cả hai chỉ tiêu chưa xác định" {
  given commune {
    id: "T-KT-05", name: "Xã Đăk Kôi", district_name: "Huyện Kon Rẫy", year: 2024, ntm_level: none,
    criteria_met: { 2022: 12, 2023: 13 }
  }
  expect undetermined commune_yearly_gain
  expect undetermined commune_not_below_15
}

test "Xã đã đạt chuẩn: chỉ tiêu đạt thêm tiêu chí không đặt ra, dù thiếu số liệu năm trước" {
  given commune {
    id: "T-KT-04", name: "Xã Đăk Hring", district_name: "Huyện Đăk Hà", year: 2023,
    ntm_level: advanced, criteria_met: { 2023: 19 }
  }
  expect commune_yearly_gain
  expect commune_not_below_15
}

test "Thu nhập nông thôn năm 2025 đúng 1,5 lần năm 2020 (46,8 triệu so với 31,2 triệu): đạt" {
  given province {
    id: "T-KT-T1", name: "Tỉnh Kon Tum", year: 2025, ethnic_villages_total: 600,
    ethnic_villages_standard: 300, model_area_villages: 1, districts_completed: 4,
    rural_income: { 2020: 31,2 triệu, 2024: 44 triệu, 2025: 46,8 triệu }
  }
  expect province_ethnic_villages
  expect province_rural_income
  expect province_targets_met
}

test "Thu nhập thiếu 1 đồng so với 1,5 lần; thôn DTTS đạt chuẩn 299/600 (dưới 50%)" {
  given province {
    id: "T-KT-T2", name: "Tỉnh Kon Tum", year: 2025, ethnic_villages_total: 600,
    ethnic_villages_standard: 299, model_area_villages: 2, districts_completed: 4,
    rural_income: { 2020: 31,2 triệu, 2025: 46_799_999 đồng }
  }
  expect not province_ethnic_villages
  expect not province_rural_income
  expect not province_targets_met
}

test "Chưa có số liệu thu nhập năm đánh giá: chưa xác định" {
  given province {
    id: "T-KT-T3", name: "Tỉnh Kon Tum", year: 2023, ethnic_villages_total: 600,
    ethnic_villages_standard: 320, model_area_villages: 1, districts_completed: 4,
    rural_income: { 2020: 31,2 triệu, 2022: 38 triệu }
  }
  expect undetermined province_rural_income
  expect undetermined province_targets_met
}

test "Huyện sơ kết ngày 20/12/2023: đúng năm 2023" {
  given agency {
    id: "T-KT-A1", name: "UBND huyện Đăk Hà", year: 2023, plan_issued_on: 25/7/2022,
    reviews_held: { "2023-midterm": 20/12/2023 }, inspected: { 2023: 15/11/2023 }
  }
  expect agency_plan_in_july_2022
  expect agency_reviews
  expect agency_inspected
}

test "Sơ kết dời sang 5/1/2024 (sau năm 2023); kế hoạch ban hành 1/8/2022: không đạt" {
  given agency {
    id: "T-KT-A2", name: "Sở Nông nghiệp và Phát triển nông thôn", year: 2023,
    plan_issued_on: 1/8/2022, reviews_held: { "2023-midterm": 5/1/2024 }, inspected: {}
  }
  expect not agency_plan_in_july_2022
  expect not agency_reviews
  expect not agency_inspected
}

test "Năm 2024 không có kỳ sơ kết, tổng kết: đạt; năm không có bản ghi kiểm tra: không đạt" {
  given agency {
    id: "T-KT-A3", name: "Huyện Kon Plông", year: 2024, reviews_held: {},
    inspected: { 2023: 10/10/2023 }
  }
  expect agency_reviews
  expect not agency_inspected
  expect undetermined agency_plan_in_july_2022
}

# Hai huyện, ba xã: chỉ tiêu toàn tỉnh đếm trên mọi xã, dù xã thuộc huyện nào;
# “thidua report --by district” chia các số đếm này theo từng huyện.
test "Chỉ tiêu về xã và huyện trên một nhóm đơn vị có huyện, xã" {
  given district {
    id: "T-H-01", name: "Huyện Đăk Hà", ntm_completed: true
  }
  given district {
    id: "T-H-02", name: "Huyện Tu Mơ Rông", ntm_completed: false
  }
  given commune {
    id: "T-X-11", parent: "T-H-01", name: "Xã Hà Mòn", district_name: "Huyện Đăk Hà", year: 2023,
    ntm_level: advanced, criteria_met: { 2022: 19, 2023: 19 }
  }
  given commune {
    id: "T-X-12", parent: "T-H-02", name: "Xã Đăk Hà", district_name: "Huyện Tu Mơ Rông",
    year: 2023, ntm_level: none, criteria_met: { 2022: 12, 2023: 14 }
  }
  given commune {
    id: "T-X-13", parent: "T-H-02", name: "Xã Tê Xăng", district_name: "Huyện Tu Mơ Rông",
    year: 2023, ntm_level: none, criteria_met: { 2022: 15, 2023: 16 }
  }
  expect districts_completed not achieved
  expect no_commune_below_15 not achieved
  expect communes_gain_each_year achieved
  expect commune_not_below_15 for "T-X-13"
}
