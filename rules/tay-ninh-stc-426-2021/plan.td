# Kế hoạch triển khai, thực hiện Phong trào thi đua “Tây Ninh chung sức xây dựng
# nông thôn mới” giai đoạn 2021 - 2025 của Sở Tài chính tỉnh Tây Ninh (đăng ngày
# 18/3/2021), căn cứ Kế hoạch số 426/KH-UBND ngày 09/02/2021 của UBND tỉnh.
#
# Số hiệu văn bản của Sở không được nêu trên trang đăng; trích dẫn
# “KH-STC (426/KH-UBND), <mục>”.
# Văn bản không có tiêu chí khen thưởng (đối tượng, tiêu chuẩn, số lượng); nó giao
# nhiệm vụ cho Sở (mục II) và cho các phòng, Văn phòng Sở (mục III). Tệp này mã
# hóa các nhiệm vụ đó như điều kiện “thực hiện nội dung Kế hoạch” của từng đơn vị,
# là nhận định (assessed) theo đúng lời văn. Xem README.md.

plan tay_ninh_stc_426 "Tây Ninh chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025 (Sở Tài chính)" {
  source "Kế hoạch triển khai Phong trào thi đua của Sở Tài chính tỉnh Tây Ninh, căn cứ Kế hoạch 426/KH-UBND ngày 09/02/2021 của UBND tỉnh Tây Ninh"
  period 2021 .. 2025
}

# Sở Tài chính với tư cách đơn vị trong Khối Thi đua
unit agency "Sở Tài chính (đơn vị trong Khối Thi đua)" {
  name: text "Tên cơ quan"
  year: int "Năm đánh giá"
  sponsored_communes: list of {
    name: text "Tên xã"
    district_name: text "Thuộc huyện, thị xã, thành phố"
  } "Xã được giúp đỡ, đỡ đầu theo Thông báo số 278/TB-HĐTĐ ngày 21/12/2020"
  effective_sponsorship: assessed "Phối hợp với các đơn vị trong Khối Thi đua thực hiện có hiệu quả việc giúp đỡ, đỡ đầu các xã trong xây dựng nông thôn mới"
  active_support: assessed "Tích cực trong việc hỗ trợ các xã xây dựng nông thôn mới, tập trung vận động nguồn lực trong và ngoài khối hỗ trợ các xã xây dựng các công trình, thực hiện các chỉ tiêu trong xây dựng nông thôn mới"
  # Chỉ để ghi nhận: Kế hoạch không đặt mức tối thiểu.
  mobilised_resources: optional money "Nguồn lực vận động được hỗ trợ các xã"
  effective_movement: assessed "Tổ chức thực hiện có hiệu quả phong trào thi đua; tập trung vào các hoạt động cụ thể để hỗ trợ các địa phương; các hoạt động nghiên cứu, phát huy sáng kiến, đề xuất các giải pháp đẩy nhanh tiến độ xây dựng nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu"
}

# Phòng và tương đương thuộc Sở
unit division "Phòng và tương đương thuộc Sở Tài chính" {
  name: text "Tên phòng"
  year: int "Năm đánh giá"
  is_office: bool "Là Văn phòng Sở"
  coordinated_implementation: assessed "Lãnh đạo phòng phối hợp thực hiện tốt việc triển khai Kế hoạch thực hiện phong trào thi đua"
  propagated_to_staff: assessed "Tuyên truyền đến toàn thể công chức, người lao động thuộc phòng bằng các hình thức phù hợp"
  report_dates: optional date by period "Ngày gửi báo cáo về Thường trực Hội đồng Thi đua - Khen thưởng tỉnh (6 tháng, năm; sơ kết, tổng kết)"
}

# --- Mục II. Nội dung thực hiện (Sở Tài chính) ---

# Cách hiểu: “giúp đỡ, đỡ đầu các xã” đòi có ít nhất 1 xã được đỡ đầu theo
# Thông báo 278/TB-HĐTĐ.
criterion agency_sponsorship for agency
  "Phối hợp với các đơn vị trong Khối Thi đua thực hiện có hiệu quả việc giúp đỡ, đỡ đầu các xã trong xây dựng nông thôn mới (Thông báo 278/TB-HĐTĐ ngày 21/12/2020)"
  source "KH-STC (426/KH-UBND), II"
  : effective_sponsorship and (count c in sponsored_communes) >= 1

criterion agency_resource_mobilisation for agency
  "Tích cực hỗ trợ các xã xây dựng nông thôn mới, vận động nguồn lực trong và ngoài khối hỗ trợ các xã, nhất là các chỉ tiêu về cơ sở hạ tầng, giảm nghèo, bảo hiểm y tế"
  source "KH-STC (426/KH-UBND), II"
  : active_support

criterion agency_effective_movement for agency
  "Tổ chức thực hiện có hiệu quả phong trào thi đua “Tây Ninh chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025"
  source "KH-STC (426/KH-UBND), II"
  : effective_movement

criterion agency_meets_ii for agency "Thực hiện đầy đủ nội dung mục II của Kế hoạch"
  source "KH-STC (426/KH-UBND), II"
  : agency_sponsorship and agency_resource_mobilisation and agency_effective_movement

# --- Mục III. Tổ chức thực hiện (các phòng, Văn phòng Sở) ---

criterion division_implementation for division
  "Lãnh đạo các phòng và tương đương thuộc Sở phối hợp thực hiện tốt việc triển khai Kế hoạch thực hiện phong trào thi đua"
  source "KH-STC (426/KH-UBND), III"
  : coordinated_implementation

criterion division_propaganda for division
  "Tuyên truyền đến toàn thể công chức, người lao động thuộc phòng bằng các hình thức phù hợp"
  source "KH-STC (426/KH-UBND), III"
  : propagated_to_staff

# “định kỳ 6 tháng, năm báo cáo về Thường trực Hội đồng Thi đua - Khen thưởng
# tỉnh theo quy định”, “lồng ghép trong báo cáo sơ kết, tổng kết”; sơ kết năm
# 2023, tổng kết năm 2025. Kế hoạch không nêu hạn gửi (“theo quy định”).
# Cách hiểu (README.md): mỗi báo cáo gửi đến hết ngày cuối kỳ: 6 tháng đầu năm
# đến 30/6, năm đến 31/12, sơ kết trong năm 2023, tổng kết trong năm 2025.
schedule stc_reports "Báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Thường trực Hội đồng Thi đua - Khen thưởng tỉnh" {
  source "KH-STC (426/KH-UBND), III"
  six_months due at end
  yearly due at end
  midterm 2023 due at end
  final 2025 due at end
}

# Chỉ Văn phòng Sở được giao báo cáo; với các phòng khác điều kiện không đặt ra.
# “Thực hiện tốt việc báo cáo” = mọi báo cáo của năm đánh giá gửi đúng hạn.
criterion office_reporting for division
  "Văn phòng thực hiện tốt việc báo cáo về tình hình tổ chức thực hiện Phong trào thi đua định kỳ 6 tháng, năm về Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"
  source "KH-STC (426/KH-UBND), III"
  : if is_office then report_dates on time for stc_reports in year else true

criterion division_meets_iii for division
  "Thực hiện đầy đủ nhiệm vụ được giao tại mục III của Kế hoạch"
  source "KH-STC (426/KH-UBND), III"
  : division_implementation and division_propaganda and office_reporting

# --- Kiểm thử ---

test "Sở đỡ đầu 1 xã, thực hiện có hiệu quả: đạt mục II" {
  given agency {
    id: "T-TN-01", name: "Sở Tài chính tỉnh Tây Ninh", year: 2022,
    sponsored_communes: [{ name: "Xã Tân Hòa", district_name: "Huyện Tân Châu" }],
    effective_sponsorship: true, active_support: true, effective_movement: true,
    mobilised_resources: 850 triệu
  }
  expect agency_sponsorship
  expect agency_meets_ii
}

test "Sở chưa có xã được đỡ đầu: không đạt nội dung đỡ đầu" {
  given agency {
    id: "T-TN-02", name: "Sở Tài chính tỉnh Tây Ninh", year: 2021, sponsored_communes: [],
    effective_sponsorship: true, active_support: true, effective_movement: true
  }
  expect not agency_sponsorship
  expect not agency_meets_ii
}

test "Văn phòng Sở chưa có số liệu ngày gửi báo cáo: chưa xác định" {
  given division {
    id: "T-TN-03", name: "Văn phòng Sở", year: 2022, is_office: true,
    coordinated_implementation: true, propagated_to_staff: true
  }
  expect undetermined office_reporting
  expect undetermined division_meets_iii
}

test "Văn phòng Sở gửi báo cáo 6 tháng ngày 1/7/2022, sau hạn 30/6: không đạt" {
  given division {
    id: "T-TN-04", name: "Văn phòng Sở", year: 2022, is_office: true,
    coordinated_implementation: true, propagated_to_staff: true,
    report_dates: { "2022-H1": 1/7/2022, 2022: 20/12/2022 }
  }
  expect not office_reporting
  expect not division_meets_iii
}

test "Văn phòng Sở gửi báo cáo 6 tháng đúng ngày 30/6, báo cáo năm 20/12: đạt" {
  given division {
    id: "T-TN-07", name: "Văn phòng Sở", year: 2022, is_office: true,
    coordinated_implementation: true, propagated_to_staff: true,
    report_dates: { "2022-H1": 30/6/2022, 2022: 20/12/2022 }
  }
  expect office_reporting
  expect division_meets_iii
}

test "Năm 2023 có thêm báo cáo sơ kết: thiếu sơ kết thì không đạt" {
  given division {
    id: "T-TN-08", name: "Văn phòng Sở", year: 2023, is_office: true,
    coordinated_implementation: true, propagated_to_staff: true,
    report_dates: { "2023-H1": 28/6/2023, 2023: 22/12/2023 }
  }
  expect not office_reporting
}

test "Năm 2023 đủ báo cáo 6 tháng, năm và sơ kết: đạt" {
  given division {
    id: "T-TN-09", name: "Văn phòng Sở", year: 2023, is_office: true,
    coordinated_implementation: true, propagated_to_staff: true,
    report_dates: { "2023-H1": 28/6/2023, "2023-midterm": 15/11/2023, 2023: 22/12/2023 }
  }
  expect office_reporting
}

test "Phòng chuyên môn: nhiệm vụ báo cáo không đặt ra" {
  given division {
    id: "T-TN-05", name: "Phòng Quản lý ngân sách", year: 2022, is_office: false,
    coordinated_implementation: true, propagated_to_staff: true
  }
  expect office_reporting
  expect division_meets_iii
}

test "Phòng chưa tuyên truyền đến công chức: không đạt" {
  given division {
    id: "T-TN-06", name: "Phòng Tài chính đầu tư", year: 2022, is_office: false,
    coordinated_implementation: true, propagated_to_staff: false
  }
  expect not division_propaganda
  expect not division_meets_iii
}
