# Kế hoạch 60/KH-STTTT ngày 27/5/2022 của Sở Thông tin và Truyền thông tỉnh Bắc Kạn
# Thực hiện Phong trào thi đua “Bắc Kạn chung sức xây dựng nông thôn mới”
# giai đoạn 2021 - 2025 (theo bài đăng ngày 01/6/2022 trên trang của Sở).
#
# Văn bản không đánh số mục; trích dẫn theo tên đoạn: “Đối tượng khen thưởng”,
# “Tiêu chuẩn khen thưởng – tập thể”, “Tiêu chuẩn khen thưởng – cá nhân”.
# Hình thức khen thưởng (Giấy khen của Giám đốc Sở), hồ sơ, thời hạn: xem README.md.

plan bac_kan_stttt_60 "Bắc Kạn chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025 (Sở Thông tin và Truyền thông)" {
  source "Kế hoạch 60/KH-STTTT ngày 27/5/2022 của Sở Thông tin và Truyền thông tỉnh Bắc Kạn"
  period 2021 .. 2025
}

# Tập thể thuộc Sở (phòng, đơn vị thuộc, trực thuộc Sở)
unit collective "Tập thể thuộc Sở Thông tin và Truyền thông" {
  name: text "Tên tập thể"
  in_department: bool "Thuộc Sở Thông tin và Truyền thông"
  outstanding_in_movement: assessed "Có thành tích xuất sắc trong Phong trào thi đua"
  many_contributions: assessed "Có nhiều đóng góp cho xây dựng nông thôn mới"
  excellent_direction: assessed "Có thành tích xuất sắc trong chỉ đạo, hướng dẫn, tuyên truyền vận động xây dựng nông thôn mới"
  effective_local_help: assessed "Giúp đỡ có hiệu quả các địa phương trong xây dựng nông thôn mới"
  guidance_documents: assessed "Hoàn thành có chất lượng, đúng tiến độ các văn bản hướng dẫn xây dựng nông thôn mới theo chỉ đạo của cấp có thẩm quyền"
  policy_research: assessed "Nghiên cứu để tham mưu cho UBND tỉnh bổ sung kịp thời các văn bản hướng dẫn; hoàn thiện các cơ chế, chính sách"
  advisory_initiatives: optional int "Số sáng kiến trong tham mưu chỉ đạo tháo gỡ khó khăn, vướng mắc, thúc đẩy xây dựng nông thôn mới"
  assigned_locality: optional text "Địa phương được phân công giúp đỡ xây dựng nông thôn mới (theo phân công của Tỉnh ủy)"
  effective_assigned_support: assessed "Tham gia hướng dẫn, hỗ trợ có hiệu quả trong xây dựng nông thôn mới tại địa phương được phân công giúp đỡ"
}

# Cá nhân thuộc Sở (cán bộ, công chức, viên chức, người lao động)
unit individual "Cá nhân thuộc Sở Thông tin và Truyền thông" {
  name: text "Họ và tên"
  workplace: text "Phòng, đơn vị công tác"
  in_department: bool "Thuộc Sở Thông tin và Truyền thông"
  outstanding_in_movement: assessed "Có thành tích xuất sắc trong Phong trào thi đua"
  many_contributions: assessed "Có nhiều đóng góp cho xây dựng nông thôn mới"
  close_to_grassroots: assessed "Luôn nỗ lực bám sát cơ sở"
  policy_proposals: assessed "Tham mưu, đề xuất các cấp có thẩm quyền ban hành, thực hiện cơ chế, chính sách"
  initiatives: optional int "Số sáng kiến, sáng tạo trong tổ chức thực hiện hoặc hướng dẫn tháo gỡ khó khăn cho cơ sở"
  clear_results: assessed "Đạt hiệu quả rõ rệt, thúc đẩy nhanh tiến độ xây dựng nông thôn mới theo kế hoạch đã đề ra"
}

# Cách hiểu: “có nhiều sáng kiến” — “nhiều” được hiểu là từ 2 sáng kiến trở lên
# (cùng cách hiểu “nhiều” ở Kế hoạch 192/KH-UBND Bình Phước).
param many_initiatives_min: int "Số sáng kiến tối thiểu để được coi là “nhiều”"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – cá nhân"
  = 2

# --- Đối tượng khen thưởng (chung cho tập thể và cá nhân) ---

criterion award_subject for collective, individual
  "Tập thể, cá nhân thuộc Sở Thông tin và Truyền thông có thành tích xuất sắc trong Phong trào thi đua, có nhiều đóng góp cho xây dựng nông thôn mới"
  source "60/KH-STTTT, Đối tượng khen thưởng"
  : in_department and outstanding_in_movement and many_contributions

# --- Tập thể ---

criterion collective_direction_or_help for collective
  "Có thành tích xuất sắc trong chỉ đạo, hướng dẫn, tuyên truyền vận động hoặc giúp đỡ có hiệu quả các địa phương trong xây dựng nông thôn mới"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – tập thể"
  : excellent_direction or effective_local_help

criterion collective_guidance_documents for collective
  "Hoàn thành có chất lượng, đúng tiến độ các văn bản hướng dẫn xây dựng nông thôn mới theo chỉ đạo của cấp có thẩm quyền"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – tập thể"
  : guidance_documents

# Cách hiểu: “có sáng kiến” = có từ 1 sáng kiến trở lên.
criterion collective_policy_research for collective
  "Nghiên cứu để tham mưu cho UBND tỉnh bổ sung kịp thời các văn bản hướng dẫn; hoàn thiện các cơ chế, chính sách; có sáng kiến trong tham mưu chỉ đạo tháo gỡ khó khăn, vướng mắc, thúc đẩy xây dựng nông thôn mới"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – tập thể"
  : policy_research and advisory_initiatives >= 1

criterion collective_assigned_support for collective
  "Tham gia hướng dẫn, hỗ trợ có hiệu quả trong xây dựng nông thôn mới tại địa phương được phân công giúp đỡ xây dựng nông thôn mới (theo phân công của Tỉnh ủy)"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – tập thể"
  : effective_assigned_support

# Cách hiểu: bốn gạch đầu dòng của tiêu chuẩn tập thể là cộng dồn (đều phải đạt).
criterion collective_meets_standard for collective
  "Đạt tiêu chuẩn khen thưởng đối với tập thể (Giấy khen của Giám đốc Sở)"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – tập thể"
  : award_subject
    and collective_direction_or_help
    and collective_guidance_documents
    and collective_policy_research
    and collective_assigned_support

# --- Cá nhân ---

# Cách hiểu: “hoặc” nối hai lĩnh vực của sáng kiến (tổ chức thực hiện / hướng dẫn
# tháo gỡ khó khăn cho cơ sở); “đạt hiệu quả rõ rệt” là điều kiện chung.
criterion individual_initiatives for individual
  "Có nhiều sáng kiến, sáng tạo trong tổ chức thực hiện hoặc hướng dẫn tháo gỡ khó khăn cho cơ sở đạt hiệu quả rõ rệt, thúc đẩy nhanh tiến độ xây dựng nông thôn mới theo kế hoạch đã đề ra"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – cá nhân"
  : initiatives >= many_initiatives_min and clear_results

criterion individual_meets_standard for individual
  "Đạt tiêu chuẩn khen thưởng đối với cá nhân: luôn nỗ lực bám sát cơ sở, tham mưu, đề xuất ban hành, thực hiện cơ chế, chính sách, có nhiều sáng kiến, sáng tạo đạt hiệu quả rõ rệt"
  source "60/KH-STTTT, Tiêu chuẩn khen thưởng – cá nhân"
  : award_subject and close_to_grassroots and policy_proposals and individual_initiatives

# --- Kiểm thử ---

test "Phòng BCVT-CNTT đạt đủ bốn tiêu chuẩn tập thể" {
  given collective {
    id: "T-TT-01", name: "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", in_department: true,
    outstanding_in_movement: true, many_contributions: true, excellent_direction: false,
    effective_local_help: true, guidance_documents: true, policy_research: true,
    advisory_initiatives: 1, assigned_locality: "Xã Bình Trung, huyện Chợ Đồn",
    effective_assigned_support: true
  }
  expect award_subject
  expect collective_direction_or_help
  expect collective_policy_research
  expect collective_meets_standard
}

test "Tập thể không có sáng kiến tham mưu (0): không đạt" {
  given collective {
    id: "T-TT-02", name: "Phòng Kế hoạch - Tài chính", in_department: true,
    outstanding_in_movement: true, many_contributions: true, excellent_direction: true,
    effective_local_help: false, guidance_documents: true, policy_research: true,
    advisory_initiatives: 0, effective_assigned_support: true
  }
  expect not collective_policy_research
  expect not collective_meets_standard
}

test "Tập thể chưa thống kê sáng kiến: chưa xác định" {
  given collective {
    id: "T-TT-03", name: "Phòng Thông tin - Báo chí - Xuất bản", in_department: true,
    outstanding_in_movement: true, many_contributions: true, excellent_direction: true,
    effective_local_help: true, guidance_documents: true, policy_research: true,
    effective_assigned_support: true
  }
  expect undetermined collective_policy_research
  expect undetermined collective_meets_standard
}

test "Cá nhân có 2 sáng kiến, hiệu quả rõ rệt: đạt" {
  given individual {
    id: "T-CN-01", name: "Hoàng Văn Thắng",
    workplace: "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", in_department: true,
    outstanding_in_movement: true, many_contributions: true, close_to_grassroots: true,
    policy_proposals: true, initiatives: 2, clear_results: true
  }
  expect award_subject
  expect individual_initiatives
  expect individual_meets_standard
}

test "Ranh giới “nhiều”: cá nhân có 1 sáng kiến: không đạt" {
  given individual {
    id: "T-CN-02", name: "Nông Thị Hà", workplace: "Văn phòng Sở", in_department: true,
    outstanding_in_movement: true, many_contributions: true, close_to_grassroots: true,
    policy_proposals: true, initiatives: 1, clear_results: true
  }
  expect not individual_initiatives
  expect not individual_meets_standard
}

test "Cá nhân ngoài Sở: không thuộc đối tượng; chưa rõ sáng kiến" {
  given individual {
    id: "T-CN-03", name: "Triệu Đức Minh", workplace: "Báo Bắc Kạn", in_department: false,
    outstanding_in_movement: true, many_contributions: true, close_to_grassroots: true,
    policy_proposals: true, clear_results: true
  }
  expect not award_subject
  expect undetermined individual_initiatives
  expect not individual_meets_standard
}
