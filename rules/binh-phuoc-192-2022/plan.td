# Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước
# Tổ chức thực hiện phong trào thi đua “Toàn tỉnh chung sức xây dựng Nông thôn mới”
# giai đoạn 2021 - 2025 — tiêu chí thi đua (mục IV.1) và điều kiện xét chọn (IV.2.2.1.1).
#
# Khen thưởng hằng năm (số lượng, tỷ lệ, thời hạn 20/3, hồ sơ) và chỉ tiêu xã
# (II.1): ở cuối tệp. Phần chưa diễn đạt được: README.md, “Not yet expressible”.

plan binh_phuoc_192 "Toàn tỉnh chung sức xây dựng Nông thôn mới giai đoạn 2021 - 2025" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước" by kh192
  period 2021 .. 2025
}

# The instrument that sets the rules below: `thidua explain` names it
# (docs/time-and-hierarchy.md). The plan has no amendment.
instrument kh192 "Kế hoạch 192/KH-UBND" {
  date 30/6/2022
  issuer "UBND tỉnh Bình Phước"
  title "Tổ chức thực hiện phong trào thi đua “Toàn tỉnh chung sức xây dựng Nông thôn mới” giai đoạn 2021 - 2025"
}

# ---------------------------------------------------------------------------
# Danh mục dùng chung
# ---------------------------------------------------------------------------

enum region "Vùng" {
  normal "Vùng khác",
  ethnic_minority "Vùng đồng bào dân tộc thiểu số",
  difficult "Vùng khó khăn"
}

enum ntm_level "Mức đạt chuẩn nông thôn mới" ordered {
  none "Chưa đạt chuẩn",
  standard "Đạt chuẩn nông thôn mới",
  advanced "Đạt chuẩn nông thôn mới nâng cao",
  model "Đạt chuẩn nông thôn mới kiểu mẫu"
}

enum department_type "Loại cơ quan, tổ chức cấp tỉnh" {
  agency "Sở, ban, ngành",
  fatherland_front "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
  socio_political "Tổ chức chính trị - xã hội tỉnh"
}

enum district_type "Loại đơn vị hành chính cấp huyện" {
  rural_district "Huyện",
  town "Thị xã",
  city "Thành phố thuộc tỉnh"
}

enum enterprise_type "Loại hình" {
  company "Doanh nghiệp",
  cooperative "Hợp tác xã"
}

enum official_rank "Chức vụ" ordered {
  staff "Công chức, viên chức không giữ chức vụ lãnh đạo, quản lý",
  deputy_head "Phó trưởng phòng và tương đương",
  head "Trưởng phòng và tương đương",
  deputy_director "Phó Giám đốc sở và tương đương",
  director "Giám đốc sở và tương đương trở lên"
}

enum worker_type "Đối tượng người lao động" {
  farmer "Nông dân",
  industrial_worker "Công nhân",
  cooperative_member "Thành viên hợp tác xã",
  other_worker "Người lao động khác"
}

enum contribution_kind "Hình thức đóng góp" {
  money_or_goods "Tiền của",
  labour "Công sức",
  land "Đất đai",
  other_kind "Hình thức khác"
}

enum other_type "Đối tượng khác" {
  international_org "Tổ chức quốc tế",
  foreign_ngo "Tổ chức phi chính phủ nước ngoài",
  association "Hội",
  businessperson "Doanh nhân",
  intellectual "Trí thức",
  scientist "Nhà khoa học",
  family "Gia đình, hộ gia đình",
  individual "Cá nhân trong và ngoài nước",
  overseas_vietnamese "Người Việt Nam định cư ở nước ngoài",
  other_subject "Đối tượng khác"
}

# ---------------------------------------------------------------------------
# Đối tượng thi đua
# ---------------------------------------------------------------------------

# IV.1.1 — Sở, ban, ngành, UBMTTQ Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh
unit department "Sở, ban, ngành, Ủy ban MTTQ Việt Nam và tổ chức chính trị - xã hội cấp tỉnh" {
  name: text "Tên cơ quan, tổ chức"
  category: department_type "Loại cơ quan, tổ chức"
  steering_tasks_done: assessed "Hoàn thành có chất lượng, đúng tiến độ, lộ trình các nhiệm vụ thành viên Ban Chỉ đạo các Chương trình Mục tiêu quốc gia tỉnh giai đoạn 2021 - 2025 theo sự phân công của Trưởng Ban Chỉ đạo"
  # Chỉ xét với Sở, ban, ngành (câu 1 của gạch đầu dòng 2):
  policy_advice: optional assessed "Nghiên cứu để kịp thời điều chỉnh các văn bản hướng dẫn và tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh hoàn thiện các cơ chế, chính sách thúc đẩy xây dựng nông thôn mới"
  # Chỉ xét với UBMTTQ và tổ chức chính trị - xã hội (câu 2 của gạch đầu dòng 2):
  propaganda: optional assessed "Tích cực tuyên truyền, vận động hội viên, đoàn viên, người dân thực hiện phong trào thi đua, tạo sự đồng thuận, lan tỏa trong xã hội về xây dựng nông thôn mới"
  registered_support: bool "Tiếp tục đăng ký và tham gia chỉ đạo, hỗ trợ địa phương xây dựng nông thôn mới"
  supported_localities: list of {
    name: text "Tên địa phương"
  } "Địa phương được đăng ký chỉ đạo, hỗ trợ (có địa chỉ cụ thể)"
  steering_member: bool "Là thành viên Ban Chỉ đạo các Chương trình Mục tiêu quốc gia tỉnh"
  assigned_duties_done: optional assessed "Làm tốt chức năng, nhiệm vụ của mình (được phân công từng địa bàn, chịu trách nhiệm từng tiêu chí) tại Quyết định số 682/QĐ-UBND ngày 14/4/2022 của UBND tỉnh"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.2 — Cấp huyện
unit district "Huyện, thị xã, thành phố" {
  name: text "Tên đơn vị hành chính cấp huyện"
  category: district_type "Loại đơn vị hành chính"
  evaluation_year: int "Năm xét"
  ntm_level: optional ntm_level "Mức đạt chuẩn nông thôn mới của huyện"
  ntm_level_2020: optional ntm_level "Mức đạt chuẩn nông thôn mới của huyện đến hết năm 2020"
  ntm_task_completed: optional bool "Thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới"
  typical_unit: optional assessed "Là đơn vị tiêu biểu trong phong trào xây dựng nông thôn mới của tỉnh"
  construction_debt: optional money "Nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới"
  effective_movement: assessed "Xây dựng và triển khai có hiệu quả phong trào thi đua xây dựng nông thôn mới trên địa bàn"
  many_good_practices: assessed "Có nhiều cách làm hay, sáng tạo"
  suitable_solutions: assessed "Đề ra nội dung, giải pháp sát, đúng, phù hợp với tình hình và điều kiện của địa phương"
  has_annual_plan: bool "Có kế hoạch thi đua hàng năm"
  launched_commune_registration: bool "Tổ chức phát động các xã đăng ký thi đua"
  registered_with_board: bool "Đăng ký thi đua với Ban Chỉ đạo tỉnh"
  breakthrough_criteria: assessed "Linh động lựa chọn những tiêu chí có tính đột phá để tập trung chỉ đạo triển khai thực hiện"
  timely_support: assessed "Kịp thời hỗ trợ và xử lý những vướng mắc, khó khăn trong quá trình xây dựng nông thôn mới ở các xã"
  annual_plan_met: optional bool "Hàng năm thực hiện đạt và vượt kế hoạch do Ban Chỉ đạo tỉnh đề ra"
  reporting_compliance: assessed "Chấp hành tốt công tác thông tin, báo cáo đột xuất theo quy định"
  report_dates: optional date by period "Ngày gửi báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng, năm)"
  outstanding: optional assessed "Có thành tích xuất sắc trong Phong trào thi đua"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.3 — Cấp xã. Mỗi xã thuộc một huyện, thị xã, thành phố (cột `parent`:
# mã của đơn vị cấp huyện), để tiêu chí của huyện xét được các xã của huyện.
unit commune "Xã" within district {
  name: text "Tên xã"
  district_name: text "Thuộc huyện, thị xã, thành phố"
  ntm_level: ntm_level "Mức đạt chuẩn nông thôn mới của xã"
  focus_commune: optional bool "Được UBND tỉnh chọn để tập trung chỉ đạo (Quyết định 2273/QĐ-UBND ngày 14/9/2020)"
  focus_level: optional ntm_level "Mức phải đạt theo Quyết định 2273/QĐ-UBND (xã được chọn tập trung chỉ đạo)"
  broad_mobilisation: assessed "Huy động được sự tham gia của đông đảo nhân dân, doanh nghiệp, các tổ chức kinh tế, xã hội và các nguồn lực khác vào xây dựng nông thôn mới"
  construction_debt: optional money "Nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.4 — Doanh nghiệp, hợp tác xã
unit enterprise "Doanh nghiệp, hợp tác xã" {
  name: text "Tên doanh nghiệp, hợp tác xã"
  category: enterprise_type "Loại hình"
  region: region "Vùng thực hiện đóng góp, hỗ trợ"
  specific_contribution: assessed "Có đóng góp cụ thể, thiết thực trong xây dựng nông thôn mới"
  supported_communes: int "Số xã được hỗ trợ trực tiếp"
  improved_ntm_criteria: int "Số tiêu chí xây dựng nông thôn mới được tạo chuyển biến mạnh mẽ"
  contribution_recognised: bool "Được Ban Chỉ đạo hoặc Ban Quản lý xây dựng nông thôn mới trên địa bàn (huyện, thị xã, thành phố, xã) ghi nhận"
  contribution: optional money "Mức đóng góp, hỗ trợ xây dựng nông thôn mới được ghi nhận"
  value_chain: assessed "Có liên kết sản xuất theo chuỗi giá trị"
  traditional_craft: assessed "Bảo tồn và phát triển ngành nghề truyền thống của địa phương"
  ocop_products: list of {
    name: text "Tên sản phẩm"
    stars: int "Số sao được xếp hạng"
  } "Sản phẩm OCOP"
  supply_links: assessed "Liên kết cung ứng vật tư hàng hóa"
  standard_production: assessed "Sản phẩm, dịch vụ nông nghiệp của nông thôn được sản xuất theo quy trình, đạt tiêu chuẩn tiêu thụ tại thị trường trong nước, khu vực và quốc tế"
  rural_jobs: optional int "Số lao động được giải quyết việc làm trên địa bàn nông thôn"
  # “khuyến khích các doanh nghiệp sử dụng lao động là đồng bào dân tộc ít người”:
  # là khuyến khích, không phải điều kiện; trường này chỉ để ghi nhận.
  ethnic_minority_workers: optional int "Số lao động là đồng bào dân tộc ít người"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.5.1 — Cán bộ, công chức, viên chức
unit official "Cán bộ, công chức, viên chức" {
  name: text "Họ và tên"
  organisation: text "Cơ quan, đơn vị công tác"
  rank: official_rank "Chức vụ"
  close_to_grassroots: assessed "Nỗ lực bám sát cơ sở"
  useful_initiatives: assessed "Có sáng kiến, giải pháp hữu ích trong việc tham mưu xây dựng, trình cấp có thẩm quyền ban hành, tổ chức thực hiện, kiểm tra việc thực hiện cơ chế, chính sách, hướng dẫn hoặc tháo gỡ khó khăn cho cơ sở trong xây dựng nông thôn mới"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.5.2 — Người lao động (nông dân, công nhân...), thành viên hợp tác xã
unit worker "Người lao động, thành viên hợp tác xã" {
  name: text "Họ và tên"
  address: text "Địa chỉ"
  occupation: worker_type "Đối tượng"
  active_participation: assessed "Tích cực hưởng ứng, tham gia Phong trào thi đua"
  contributions: list of {
    description: text "Nội dung"
    form: contribution_kind "Hình thức"
  } "Những việc làm thiết thực (đóng góp tiền của, công sức, đất đai...)"
  good_model: assessed "Có mô hình hay, cách làm mới, sáng tạo, hiệu quả trong lao động, sản xuất góp phần vào việc xây dựng nông thôn mới"
  inventions: optional int "Số phát minh, sáng chế trong lao động, sản xuất"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# IV.1.6 — Đối tượng khác
unit other "Tổ chức, gia đình, cá nhân khác" {
  name: text "Tên tổ chức, gia đình, cá nhân"
  category: other_type "Đối tượng"
  many_contributions: assessed "Có nhiều đóng góp về công sức, trí tuệ, vật chất xây dựng nông thôn mới"
  good_producer: optional assessed "Sản xuất giỏi"
  high_income: optional assessed "Có thu nhập cao"
  helps_community: optional assessed "Giúp đỡ cộng đồng trong xây dựng nông thôn mới tại tỉnh Bình Phước"
  # Hồ sơ đề nghị khen thưởng (IV.3.2, IV.3.3); chỉ cần khi xét khen thưởng.
  dossier_submitted_on: optional date "Ngày gửi hồ sơ đề nghị khen thưởng về Văn phòng Điều phối nông thôn mới tỉnh"
  board_submitted_on: optional date "Ngày Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh"
  has_proposal: optional bool "Tờ trình đề nghị khen thưởng của cấp trình khen thưởng"
  has_minutes: optional bool "Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình khen thưởng"
  has_achievement_report: optional bool "Báo cáo thành tích có xác nhận của cấp trình khen thưởng"
}

# ---------------------------------------------------------------------------
# Tham số
# ---------------------------------------------------------------------------

# Cách hiểu: “có nhiều sản phẩm OCOP” — “nhiều” (số nhiều) được hiểu là từ 2 sản
# phẩm trở lên. Đổi tham số này thành 1 nếu Hội đồng hiểu là “có sản phẩm OCOP”.
param ocop_many_min: int "Số sản phẩm OCOP từ 3 sao trở lên tối thiểu để được coi là “nhiều”"
  source "192/KH-UBND, IV.1.4"
  = 2

param ocop_min_stars: int "Hạng sao OCOP tối thiểu"
  source "192/KH-UBND, IV.1.4"
  = 3

param focus_deadline_year: int "Năm các xã được chọn tập trung chỉ đạo phải đạt chuẩn"
  source "192/KH-UBND, IV.1.2"
  = 2025

# ---------------------------------------------------------------------------
# IV.1.1 — Sở, ban, ngành, UBMTTQ, tổ chức chính trị - xã hội cấp tỉnh
# ---------------------------------------------------------------------------

criterion department_steering_tasks for department
  "Hoàn thành có chất lượng, đúng tiến độ, lộ trình các nhiệm vụ thành viên Ban Chỉ đạo các Chương trình Mục tiêu quốc gia tỉnh theo sự phân công của Trưởng Ban Chỉ đạo"
  source "192/KH-UBND, IV.1.1"
  : steering_tasks_done

# Cách hiểu: câu “Đối với Ủy ban MTTQ và các tổ chức chính trị - xã hội …” thay thế
# (không cộng thêm) yêu cầu tham mưu chính sách của câu trước đối với các tổ chức này.
criterion department_policy_or_propaganda for department
  "Nghiên cứu, kịp thời điều chỉnh văn bản hướng dẫn, tham mưu hoàn thiện cơ chế, chính sách; đối với UBMTTQ và các tổ chức chính trị - xã hội: tích cực tuyên truyền, vận động"
  source "192/KH-UBND, IV.1.1"
  : policy_advice
  except category in {fatherland_front, socio_political}: propaganda

criterion department_registered_support for department
  "Tiếp tục đăng ký và tham gia chỉ đạo, hỗ trợ (có địa chỉ cụ thể) đối với địa phương xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.1"
  : registered_support and (count l in supported_localities) >= 1

criterion department_assigned_duties for department
  "Sở, ban, ngành là thành viên Ban Chỉ đạo được phân công từng địa bàn, từng tiêu chí làm tốt chức năng, nhiệm vụ theo Quyết định 682/QĐ-UBND"
  source "192/KH-UBND, IV.1.1"
  : if category = agency and steering_member then assigned_duties_done else true

criterion department_meets_iv_1_1 for department
  "Đạt các tiêu chí thi đua đối với Sở, ban, ngành, UBMTTQ Việt Nam và các tổ chức chính trị - xã hội cấp tỉnh"
  source "192/KH-UBND, IV.1.1"
  : department_steering_tasks
    and department_policy_or_propaganda
    and department_registered_support
    and department_assigned_duties

# ---------------------------------------------------------------------------
# IV.1.2 — Cấp huyện
# ---------------------------------------------------------------------------

# Cách hiểu: (1) “và là đơn vị tiêu biểu …” nằm trong vế của thị xã (sau dấu chấm
# phẩy) nên chỉ áp dụng cho thị xã; (2) thành phố thuộc tỉnh không được nêu trong
# gạch đầu dòng này nên không đạt vế nào (kết luận “không đạt”), xem README.
criterion district_ntm_status for district
  "Huyện đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu; thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới và là đơn vị tiêu biểu trong phong trào xây dựng nông thôn mới của tỉnh"
  source "192/KH-UBND, IV.1.2"
  : if category = rural_district then ntm_level >= standard
    else if category = town then ntm_task_completed and typical_unit
    else false

criterion district_no_construction_debt for district
  "Không nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.2"
  : construction_debt = 0 đồng

criterion district_effective_movement for district
  "Xây dựng và triển khai có hiệu quả phong trào thi đua; có nhiều cách làm hay, sáng tạo; đề ra nội dung, giải pháp sát, đúng, phù hợp với tình hình và điều kiện của địa phương"
  source "192/KH-UBND, IV.1.2"
  : effective_movement and many_good_practices and suitable_solutions

criterion district_annual_plan for district
  "Có kế hoạch thi đua hàng năm, tổ chức phát động các xã đăng ký thi đua và đăng ký thi đua với Ban Chỉ đạo tỉnh"
  source "192/KH-UBND, IV.1.2"
  : has_annual_plan and launched_commune_registration and registered_with_board

criterion district_breakthrough for district
  "Linh động lựa chọn tiêu chí đột phá; kịp thời hỗ trợ, xử lý vướng mắc ở các xã; hàng năm thực hiện đạt và vượt kế hoạch do Ban Chỉ đạo tỉnh đề ra"
  source "192/KH-UBND, IV.1.2"
  : breakthrough_criteria and timely_support and annual_plan_met

# Báo cáo tháng, quý, 6 tháng, 9 tháng, năm “theo quy định”: Kế hoạch không nêu
# hạn gửi. Cách hiểu (README.md): mỗi báo cáo gửi đến hết ngày cuối kỳ; kỳ 6
# tháng, 9 tháng là 6, 9 tháng đầu năm. Báo cáo đột xuất không có kỳ: là nhận
# định (reporting_compliance).
schedule district_reports "Báo cáo định kỳ tháng, quý, 6 tháng, 9 tháng, năm về Ban Chỉ đạo tỉnh" {
  source "192/KH-UBND, IV.1.2"
  monthly due at end
  quarterly due at end
  six_months due at end
  nine_months due at end
  yearly due at end
}

criterion district_reporting for district
  "Chấp hành tốt công tác thông tin, báo cáo (tháng, quý, 6 tháng, 9 tháng, năm và đột xuất) theo quy định"
  source "192/KH-UBND, IV.1.2"
  : report_dates on time for district_reports in evaluation_year and reporting_compliance

# Cách hiểu: “Đến năm 2025 … phải đạt chuẩn” là điều kiện chỉ ràng buộc khi xét
# từ năm 2025; các năm trước đó điều kiện này được coi là đáp ứng. Các xã của
# huyện là các bản ghi xã có `parent` là huyện (`commune` bên dưới); xã được
# chọn phải đạt mức ghi cho xã đó (`focus_level`). Xã không ghi có được chọn
# hay không thì chưa xác định được.
criterion district_focus_communes for district
  "Đến năm 2025, các xã được UBND tỉnh chọn để tập trung chỉ đạo (Quyết định 2273/QĐ-UBND ngày 14/9/2020) phải đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu theo quy định"
  source "192/KH-UBND, IV.1.2"
  : evaluation_year < focus_deadline_year
    or (all c in commune where not c.focus_commune or c.ntm_level >= c.focus_level)

criterion district_meets_iv_1_2 for district "Đạt các tiêu chí thi đua đối với cấp huyện"
  source "192/KH-UBND, IV.1.2"
  : district_ntm_status
    and district_no_construction_debt
    and district_effective_movement
    and district_annual_plan
    and district_breakthrough
    and district_reporting
    and district_focus_communes

criterion district_outstanding for district
  "Huyện có thành tích xuất sắc trong Phong trào thi đua (điều kiện xét Bằng khen của Chủ tịch UBND tỉnh)"
  source "192/KH-UBND, IV.2.2.1.1"
  : outstanding

# ---------------------------------------------------------------------------
# IV.1.3 — Cấp xã
# ---------------------------------------------------------------------------

# Cách hiểu: gạch đầu dòng 2 (“Xã đạt chuẩn NTM kiểu mẫu là xã có kết quả nâng cao
# chất lượng tiêu chí … toàn diện, nổi bật”) được hiểu là mô tả xã kiểu mẫu (được
# công nhận bằng quyết định), không phải điều kiện cộng thêm: mọi mức từ đạt chuẩn
# trở lên đều đáp ứng.
criterion commune_ntm_level for commune
  "Xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu"
  source "192/KH-UBND, IV.1.3"
  : ntm_level >= standard

criterion commune_mobilisation for commune
  "Huy động được sự tham gia của đông đảo nhân dân, doanh nghiệp, các tổ chức kinh tế, xã hội và các nguồn lực khác vào xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.3"
  : broad_mobilisation

criterion commune_no_construction_debt for commune
  "Không nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.3"
  : construction_debt = 0 đồng

criterion commune_meets_iv_1_3 for commune "Đạt các tiêu chí thi đua đối với cấp xã"
  source "192/KH-UBND, IV.1.3"
  : commune_ntm_level and commune_mobilisation and commune_no_construction_debt

# ---------------------------------------------------------------------------
# IV.1.4 — Doanh nghiệp, hợp tác xã
# ---------------------------------------------------------------------------

criterion enterprise_specific_contribution for enterprise
  "Có đóng góp cụ thể, thiết thực trong xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.4"
  : specific_contribution

criterion enterprise_supports_commune for enterprise "Hỗ trợ trực tiếp cho 01 xã trở lên"
  source "192/KH-UBND, IV.1.4"
  : supported_communes >= 1

criterion enterprise_ntm_criterion for enterprise
  "Tạo chuyển biến mạnh mẽ trong thực hiện từ 01 tiêu chí về xây dựng nông thôn mới trở lên"
  source "192/KH-UBND, IV.1.4"
  : improved_ntm_criteria >= 1

criterion enterprise_contribution_recognised for enterprise
  "Được Ban Chỉ đạo hoặc Ban Quản lý xây dựng nông thôn mới trên địa bàn (huyện, thị xã, thành phố, xã) ghi nhận mức đóng góp, hỗ trợ"
  source "192/KH-UBND, IV.1.4"
  : contribution_recognised

criterion enterprise_contribution_amount for enterprise
  "Mức đóng góp, hỗ trợ xây dựng nông thôn mới từ 300 triệu trở lên (riêng vùng đồng bào dân tộc thiểu số, vùng khó khăn: tối thiểu từ 200 triệu đồng trở lên)"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region in {ethnic_minority, difficult}: contribution >= 200 triệu

# Cách hiểu: “nhiều” = từ ocop_many_min (2) sản phẩm trở lên, xem tham số ở trên.
criterion enterprise_ocop_many for enterprise
  "Có nhiều sản phẩm OCOP được xếp hạng từ 3 sao trở lên"
  source "192/KH-UBND, IV.1.4"
  : (count p in ocop_products where p.stars >= ocop_min_stars) >= ocop_many_min

# Cách hiểu: gạch đầu dòng 2 của IV.1.4 liệt kê các hình thức tham gia, ngăn cách
# bằng dấu chấm phẩy, không có “và”/“hoặc”. Đòi cả sáu cùng lúc là quá chặt đối với
# một hợp tác xã nhỏ; ở đây hiểu là đáp ứng ÍT NHẤT MỘT hình thức. “Giải quyết việc
# làm” được hiểu là có từ 1 lao động nông thôn được giải quyết việc làm.
criterion enterprise_production_links for enterprise
  "Có liên kết sản xuất theo chuỗi giá trị; bảo tồn và phát triển ngành nghề truyền thống; có nhiều sản phẩm OCOP từ 3 sao; liên kết cung ứng vật tư hàng hóa; sản xuất theo quy trình, đạt tiêu chuẩn tiêu thụ; giải quyết việc làm trên địa bàn nông thôn"
  source "192/KH-UBND, IV.1.4"
  : value_chain
    or traditional_craft
    or enterprise_ocop_many
    or supply_links
    or standard_production
    or rural_jobs >= 1

criterion enterprise_meets_iv_1_4 for enterprise
  "Đạt các tiêu chí thi đua đối với doanh nghiệp, hợp tác xã"
  source "192/KH-UBND, IV.1.4"
  : enterprise_specific_contribution
    and enterprise_supports_commune
    and enterprise_ntm_criterion
    and enterprise_contribution_recognised
    and enterprise_contribution_amount
    and enterprise_production_links

# ---------------------------------------------------------------------------
# IV.1.5 — Cá nhân
# ---------------------------------------------------------------------------

criterion official_meets_iv_1_5_1 for official
  "Cán bộ, công chức, viên chức nỗ lực bám sát cơ sở, có sáng kiến, giải pháp hữu ích trong tham mưu, tổ chức thực hiện cơ chế, chính sách, hướng dẫn hoặc tháo gỡ khó khăn cho cơ sở trong xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.5.1"
  : close_to_grassroots and useful_initiatives

# Không phải tiêu chí khen thưởng: phân loại cá nhân là cán bộ lãnh đạo quản lý, dùng
# cho tỷ lệ ≤ 40 % ở IV.2.2.1.1 (xem award chairman_merit_yearly ở cuối tệp).
criterion official_is_leader for official
  "Cán bộ lãnh đạo quản lý (từ phó trưởng phòng và tương đương trở lên)"
  source "192/KH-UBND, IV.2.2.1.1"
  : rank >= deputy_head

criterion worker_active for worker "Tích cực hưởng ứng, tham gia Phong trào thi đua"
  source "192/KH-UBND, IV.1.5.2"
  : active_participation

# Cách hiểu: “tích cực hưởng ứng, tham gia” là điều kiện chung; sau đó là hai vế
# nối bằng “hoặc”: việc làm thiết thực (có ít nhất 1 đóng góp tiền của, công sức,
# đất đai...) hoặc mô hình hay, cách làm mới / phát minh, sáng chế.
criterion worker_practical_or_creative for worker
  "Có những việc làm thiết thực (đóng góp tiền của, công sức, đất đai...) hoặc có mô hình hay, cách làm mới, sáng tạo, hiệu quả, có phát minh, sáng chế trong lao động, sản xuất góp phần vào việc xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.5.2"
  : (count c in contributions) >= 1 or good_model or inventions >= 1

criterion worker_meets_iv_1_5_2 for worker
  "Đạt tiêu chí thi đua đối với người lao động (nông dân, công nhân...), thành viên hợp tác xã"
  source "192/KH-UBND, IV.1.5.2"
  : worker_active and worker_practical_or_creative

# ---------------------------------------------------------------------------
# IV.1.6 — Đối tượng khác
# ---------------------------------------------------------------------------

criterion other_many_contributions for other
  "Có nhiều đóng góp về công sức, trí tuệ, vật chất xây dựng nông thôn mới"
  source "192/KH-UBND, IV.1.6"
  : many_contributions

criterion other_good_producer for other
  "Sản xuất giỏi, có thu nhập cao và giúp đỡ cộng đồng trong xây dựng nông thôn mới tại tỉnh Bình Phước"
  source "192/KH-UBND, IV.1.6"
  : good_producer and high_income and helps_community

# Cách hiểu: hai vế ngăn cách bằng dấu chấm phẩy là hai cách đạt tiêu chí (tổ chức
# quốc tế, hội… không thể “sản xuất giỏi, có thu nhập cao”), nên nối bằng “hoặc”.
criterion other_meets_iv_1_6 for other "Đạt tiêu chí thi đua đối với đối tượng khác"
  source "192/KH-UBND, IV.1.6"
  : other_many_contributions or other_good_producer

# ---------------------------------------------------------------------------
# Kiểm thử
# ---------------------------------------------------------------------------

test "DN vùng khó khăn, đóng góp 250 triệu, 2 sản phẩm OCOP 4 sao: đạt" {
  given enterprise {
    id: "T-DN-01", name: "Hợp tác xã Nông nghiệp Điều Bù Gia Mập", category: cooperative,
    region: difficult, specific_contribution: true, supported_communes: 1, improved_ntm_criteria: 2,
    contribution_recognised: true, contribution: 250 triệu, value_chain: false,
    traditional_craft: false,
    ocop_products: [
      { name: "Hạt điều rang muối", stars: 4 }, { name: "Điều sấy mật ong", stars: 4 }
    ],
    supply_links: false, standard_production: false
  }
  expect enterprise_contribution_amount
  expect enterprise_ocop_many
  expect enterprise_production_links
  expect enterprise_meets_iv_1_4
}

test "Ranh giới ngoại lệ: vùng khó khăn 199 999 999 đồng không đạt, 200 triệu đạt" {
  given enterprise {
    id: "T-DN-02", name: "Công ty TNHH Tiêu sạch Lộc Hưng", category: company,
    region: ethnic_minority, specific_contribution: true, supported_communes: 1,
    improved_ntm_criteria: 1, contribution_recognised: true, contribution: 199_999_999 đồng,
    value_chain: true, traditional_craft: false, ocop_products: [], supply_links: false,
    standard_production: false
  }
  expect not enterprise_contribution_amount
  expect not enterprise_meets_iv_1_4
}

test "Ranh giới ngoại lệ: vùng đồng bào DTTS, đúng 200 triệu: đạt" {
  given enterprise {
    id: "T-DN-03", name: "Công ty TNHH Tiêu sạch Lộc Hưng", category: company,
    region: ethnic_minority, specific_contribution: true, supported_communes: 1,
    improved_ntm_criteria: 1, contribution_recognised: true, contribution: 200 triệu,
    value_chain: true, traditional_craft: false, ocop_products: [], supply_links: false,
    standard_production: false
  }
  expect enterprise_contribution_amount
  expect enterprise_meets_iv_1_4
}

test "Vùng khác: 299 999 999 đồng không đạt, mức sàn 300 triệu" {
  given enterprise {
    id: "T-DN-04", name: "Công ty Cổ phần Chăn nuôi Đồng Phú Xanh", category: company,
    region: normal, specific_contribution: true, supported_communes: 2, improved_ntm_criteria: 1,
    contribution_recognised: true, contribution: 299_999_999 đồng, value_chain: true,
    traditional_craft: false, ocop_products: [], supply_links: true, standard_production: true
  }
  expect not enterprise_contribution_amount
  expect enterprise_production_links
  expect not enterprise_meets_iv_1_4
}

test "Vùng khác: đúng 300 triệu đạt" {
  given enterprise {
    id: "T-DN-05", name: "Công ty Cổ phần Chăn nuôi Đồng Phú Xanh", category: company,
    region: normal, specific_contribution: true, supported_communes: 2, improved_ntm_criteria: 1,
    contribution_recognised: true, contribution: 300 triệu, value_chain: true,
    traditional_craft: false, ocop_products: [], supply_links: false, standard_production: false
  }
  expect enterprise_contribution_amount
  expect enterprise_meets_iv_1_4
}

test "DN chưa có số liệu đóng góp: chưa xác định" {
  given enterprise {
    id: "T-DN-06", name: "Công ty TNHH Sầu riêng Bù Đăng", category: company, region: difficult,
    specific_contribution: true, supported_communes: 1, improved_ntm_criteria: 1,
    contribution_recognised: true, value_chain: true, traditional_craft: false,
    ocop_products: [{ name: "Sầu riêng Bù Đăng", stars: 3 }], supply_links: false,
    standard_production: false
  }
  expect undetermined enterprise_contribution_amount
  expect not enterprise_ocop_many
  expect enterprise_production_links
  expect undetermined enterprise_meets_iv_1_4
}

test "DN không hỗ trợ xã nào, chỉ 1 sản phẩm OCOP 3 sao, thiếu số lao động: không đạt" {
  given enterprise {
    id: "T-DN-07", name: "Hợp tác xã Thương mại Dịch vụ Nông nghiệp Thanh Lương",
    category: cooperative, region: normal, specific_contribution: true, supported_communes: 0,
    improved_ntm_criteria: 0, contribution_recognised: false, contribution: 500 triệu,
    value_chain: false, traditional_craft: false,
    ocop_products: [{ name: "Mật ong hoa điều", stars: 3 }, { name: "Trà mãng cầu", stars: 2 }],
    supply_links: false, standard_production: false
  }
  expect not enterprise_supports_commune
  expect not enterprise_ocop_many
  # không vế nào đúng, còn vế việc làm thiếu dữ liệu
  expect undetermined enterprise_production_links
  expect not enterprise_meets_iv_1_4
}

test "Huyện đạt chuẩn NTM, không nợ đọng, năm 2023: đạt IV.1.2" {
  given district {
    id: "T-H-01", name: "Huyện Đồng Phú", category: rural_district, evaluation_year: 2023,
    ntm_level: standard, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true,
    report_dates: {
      "2023-01": 31/1/2023, "2023-02": 28/2/2023, "2023-03": 31/3/2023, "2023-04": 28/4/2023,
      "2023-05": 31/5/2023, "2023-06": 30/6/2023, "2023-07": 31/7/2023, "2023-08": 31/8/2023,
      "2023-09": 29/9/2023, "2023-10": 31/10/2023, "2023-11": 30/11/2023, "2023-12": 29/12/2023,
      "2023-Q1": 31/3/2023, "2023-Q2": 30/6/2023, "2023-Q3": 29/9/2023, "2023-Q4": 29/12/2023,
      "2023-H1": 30/6/2023, "2023-9M": 29/9/2023, 2023: 29/12/2023
    },
    outstanding: true
  }
  expect district_reporting
  expect district_ntm_status
  expect district_focus_communes
  expect district_meets_iv_1_2
  expect district_outstanding
}

# Báo cáo tháng 12/2023 gửi ngày 2/1/2024: quá hạn cuối kỳ (31/12/2023) dù là
# báo cáo của năm 2023.
test "Báo cáo tháng 12 gửi sang năm sau (2/1/2024): không chấp hành tốt báo cáo" {
  given district {
    id: "T-H-06", name: "Huyện Hớn Quản", category: rural_district, evaluation_year: 2023,
    ntm_level: standard, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true,
    report_dates: {
      "2023-01": 31/1/2023, "2023-02": 28/2/2023, "2023-03": 31/3/2023, "2023-04": 28/4/2023,
      "2023-05": 31/5/2023, "2023-06": 30/6/2023, "2023-07": 31/7/2023, "2023-08": 31/8/2023,
      "2023-09": 29/9/2023, "2023-10": 31/10/2023, "2023-11": 30/11/2023, "2023-12": 2/1/2024,
      "2023-Q1": 31/3/2023, "2023-Q2": 30/6/2023, "2023-Q3": 29/9/2023, "2023-Q4": 29/12/2023,
      "2023-H1": 30/6/2023, "2023-9M": 29/9/2023, 2023: 29/12/2023
    }
  }
  expect not district_reporting
  expect not district_meets_iv_1_2
}

test "Chưa có số liệu ngày gửi báo cáo định kỳ: chưa xác định" {
  given district {
    id: "T-H-07", name: "Huyện Chơn Thành", category: rural_district, evaluation_year: 2023,
    ntm_level: standard, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true
  }
  expect undetermined district_reporting
  expect undetermined district_meets_iv_1_2
}

# Huyện Đồng Phú có ba xã: Tân Lập được chọn để đạt nâng cao nhưng mới đạt
# chuẩn, Tân Tiến được chọn để đạt kiểu mẫu và đã đạt, Tân Hòa không được chọn.
test "Năm 2025: xã tập trung chỉ đạo chưa đạt mức được chọn: huyện không đạt" {
  given district {
    id: "T-H-02", name: "Huyện Đồng Phú", category: rural_district, evaluation_year: 2025,
    ntm_level: advanced, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true
  }
  given commune {
    id: "T-X-21", parent: "T-H-02", name: "Xã Tân Lập", district_name: "Huyện Đồng Phú",
    ntm_level: standard, focus_commune: true, focus_level: advanced, broad_mobilisation: true
  }
  given commune {
    id: "T-X-22", parent: "T-H-02", name: "Xã Tân Tiến", district_name: "Huyện Đồng Phú",
    ntm_level: model, focus_commune: true, focus_level: model, broad_mobilisation: true
  }
  given commune {
    id: "T-X-23", parent: "T-H-02", name: "Xã Tân Hòa", district_name: "Huyện Đồng Phú",
    ntm_level: none, focus_commune: false, broad_mobilisation: true
  }
  expect not district_focus_communes for "T-H-02"
  expect not district_meets_iv_1_2 for "T-H-02"
  expect undetermined district_outstanding for "T-H-02"
}

# Cùng huyện, Tân Lập đã đạt nâng cao: các xã được chọn đều đạt mức được chọn;
# xã không được chọn (Tân Hòa, chưa đạt chuẩn) không ảnh hưởng. Một xã không ghi
# có được chọn hay không thì chưa xác định.
test "Năm 2025: các xã tập trung chỉ đạo đều đạt mức được chọn" {
  given district {
    id: "T-H-02", name: "Huyện Đồng Phú", category: rural_district, evaluation_year: 2025,
    ntm_level: advanced, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true
  }
  given district {
    id: "T-H-08", name: "Huyện Bù Gia Mập", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, construction_debt: 0 đồng, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, annual_plan_met: true, reporting_compliance: true
  }
  given commune {
    id: "T-X-21", parent: "T-H-02", name: "Xã Tân Lập", district_name: "Huyện Đồng Phú",
    ntm_level: advanced, focus_commune: true, focus_level: advanced, broad_mobilisation: true
  }
  given commune {
    id: "T-X-22", parent: "T-H-02", name: "Xã Tân Tiến", district_name: "Huyện Đồng Phú",
    ntm_level: model, focus_commune: true, focus_level: model, broad_mobilisation: true
  }
  given commune {
    id: "T-X-23", parent: "T-H-02", name: "Xã Tân Hòa", district_name: "Huyện Đồng Phú",
    ntm_level: none, focus_commune: false, broad_mobilisation: true
  }
  given commune {
    id: "T-X-31", parent: "T-H-08", name: "Xã Đắk Ơ", district_name: "Huyện Bù Gia Mập",
    ntm_level: standard, broad_mobilisation: true
  }
  expect district_focus_communes for "T-H-02"
  expect undetermined district_focus_communes for "T-H-08"
}

test "Huyện còn nợ đọng XDCB 1 triệu: không đạt; thiếu mức đạt chuẩn: chưa xác định" {
  given district {
    id: "T-H-03", name: "Huyện Bù Đốp", category: rural_district, evaluation_year: 2023,
    construction_debt: 1 triệu, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    annual_plan_met: true, reporting_compliance: true
  }
  expect undetermined district_ntm_status
  expect not district_no_construction_debt
  expect not district_meets_iv_1_2
}

test "Thị xã hoàn thành nhiệm vụ NTM nhưng không là đơn vị tiêu biểu: không đạt" {
  given district {
    id: "T-H-04", name: "Thị xã Bình Long", category: town, evaluation_year: 2023,
    ntm_task_completed: true, typical_unit: false, construction_debt: 0 đồng,
    effective_movement: true, many_good_practices: true, suitable_solutions: true,
    has_annual_plan: true, launched_commune_registration: true, registered_with_board: true,
    breakthrough_criteria: true, timely_support: true, annual_plan_met: true,
    reporting_compliance: true
  }
  expect not district_ntm_status
  expect not district_meets_iv_1_2
}

test "Thành phố thuộc tỉnh không được nêu ở IV.1.2 (cách hiểu theo câu chữ)" {
  given district {
    id: "T-H-05", name: "Thành phố Đồng Xoài", category: city, evaluation_year: 2023,
    ntm_task_completed: true, typical_unit: true, construction_debt: 0 đồng,
    effective_movement: true, many_good_practices: true, suitable_solutions: true,
    has_annual_plan: true, launched_commune_registration: true, registered_with_board: true,
    breakthrough_criteria: true, timely_support: true, annual_plan_met: true,
    reporting_compliance: true
  }
  expect not district_ntm_status
}

test "Xã nâng cao, không nợ đọng: đạt" {
  given commune {
    id: "T-X-01", name: "Xã Lộc Thái", district_name: "Huyện Lộc Ninh", ntm_level: advanced,
    broad_mobilisation: true, construction_debt: 0 đồng
  }
  expect commune_ntm_level
  expect commune_meets_iv_1_3
}

test "Xã chưa đạt chuẩn: không đạt dù thiếu số liệu nợ đọng" {
  given commune {
    id: "T-X-02", name: "Xã Đắk Ơ", district_name: "Huyện Bù Gia Mập", ntm_level: none,
    broad_mobilisation: true
  }
  expect not commune_ntm_level
  expect undetermined commune_no_construction_debt
  expect not commune_meets_iv_1_3
}

test "Xã kiểu mẫu, chưa có số liệu nợ đọng: chưa xác định" {
  given commune {
    id: "T-X-03", name: "Xã Tân Tiến", district_name: "Huyện Đồng Phú", ntm_level: model,
    broad_mobilisation: true
  }
  expect commune_ntm_level
  expect undetermined commune_meets_iv_1_3
}

test "Ủy ban MTTQ tỉnh: tuyên truyền thay cho tham mưu chính sách" {
  given department {
    id: "T-S-01", name: "Ủy ban MTTQ Việt Nam tỉnh Bình Phước", category: fatherland_front,
    steering_tasks_done: true, propaganda: true, registered_support: true,
    supported_localities: [{ name: "Xã Đồng Nơ, huyện Hớn Quản" }], steering_member: true
  }
  expect department_policy_or_propaganda
  expect department_assigned_duties
  expect department_meets_iv_1_1
}

test "Sở là thành viên BCĐ chưa được đánh giá nhiệm vụ theo QĐ 682: chưa xác định" {
  given department {
    id: "T-S-02", name: "Sở Giao thông vận tải", category: agency, steering_tasks_done: true,
    policy_advice: true, registered_support: true,
    supported_localities: [{ name: "Xã Minh Hưng, huyện Bù Đăng" }], steering_member: true
  }
  expect department_policy_or_propaganda
  expect undetermined department_assigned_duties
  expect undetermined department_meets_iv_1_1
}

test "Sở đăng ký hỗ trợ nhưng không có địa chỉ cụ thể: không đạt" {
  given department {
    id: "T-S-03", name: "Sở Tài chính", category: agency, steering_tasks_done: true,
    policy_advice: true, registered_support: true, supported_localities: [], steering_member: false
  }
  expect not department_registered_support
  expect department_assigned_duties
  expect not department_meets_iv_1_1
}

test "Cán bộ: phó trưởng phòng là lãnh đạo quản lý, chuyên viên thì không" {
  given official {
    id: "T-CB-01", name: "Nguyễn Văn Hùng", organisation: "Văn phòng Điều phối Nông thôn mới tỉnh",
    rank: deputy_head, close_to_grassroots: true, useful_initiatives: true
  }
  expect official_meets_iv_1_5_1
  expect official_is_leader
}

test "Chuyên viên không có sáng kiến: không đạt, không là lãnh đạo" {
  given official {
    id: "T-CB-02", name: "Trần Thị Thu Hà", organisation: "Sở Nông nghiệp và Phát triển nông thôn",
    rank: staff, close_to_grassroots: true, useful_initiatives: false
  }
  expect not official_meets_iv_1_5_1
  expect not official_is_leader
}

test "Nông dân hiến đất làm đường: đạt" {
  given worker {
    id: "T-LĐ-01", name: "Điểu Lên", address: "Xã Đức Liễu, huyện Bù Đăng", occupation: farmer,
    active_participation: true,
    contributions: [{ description: "Hiến 300 m² đất làm đường liên ấp", form: land }],
    good_model: false
  }
  expect worker_practical_or_creative
  expect worker_meets_iv_1_5_2
}

test "Công nhân không có đóng góp, chưa rõ phát minh: chưa xác định" {
  given worker {
    id: "T-LĐ-02", name: "Phạm Văn Lợi", address: "Xã Long Hưng, huyện Phú Riềng",
    occupation: industrial_worker, active_participation: true, contributions: [], good_model: false
  }
  expect undetermined worker_practical_or_creative
  expect undetermined worker_meets_iv_1_5_2
}

test "Tổ chức phi chính phủ có nhiều đóng góp: đạt dù không xét vế sản xuất" {
  given other {
    id: "T-K-01", name: "Quỹ Hỗ trợ Phát triển Cộng đồng Xanh", category: foreign_ngo,
    many_contributions: true
  }
  expect other_meets_iv_1_6
  expect undetermined other_good_producer
}

test "Hộ sản xuất giỏi, thu nhập cao nhưng không giúp đỡ cộng đồng: không đạt" {
  given other {
    id: "T-K-02", name: "Hộ gia đình ông Điểu Bréc", category: family, many_contributions: false,
    good_producer: true, high_income: true, helps_community: false
  }
  expect not other_good_producer
  expect not other_meets_iv_1_6
}

# ---------------------------------------------------------------------------
# Khen thưởng hằng năm: Bằng khen của Chủ tịch UBND tỉnh (IV.2.2.1.1)
# ---------------------------------------------------------------------------
# Cách hiểu: tỷ lệ “cán bộ lãnh đạo quản lý không quá 40% tổng số cá nhân đề
# nghị khen thưởng” nằm trong gạch đầu dòng về cán bộ, công chức, viên chức,
# nên được áp dụng trong nhóm cán bộ, công chức, viên chức (xem README).
# Kế hoạch không quy định thứ tự ưu tiên: xét theo thứ tự đề nghị.
award chairman_merit_yearly "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (khen thưởng hằng năm)" {
  authority "Chủ tịch Ủy ban nhân dân tỉnh Bình Phước"
  source "192/KH-UBND, IV.2.2.1.1"
  period yearly
  for department: requires department_meets_iv_1_1, at most 3
  for district: requires district_meets_iv_1_2 and district_outstanding, at most 2
  for commune: requires commune_meets_iv_1_3
  for enterprise: requires enterprise_meets_iv_1_4, at most 10
  for official: requires official_meets_iv_1_5_1, at most 5, at most 40% where official_is_leader
  for worker: requires worker_meets_iv_1_5_2, at most 5
  for other: requires other_meets_iv_1_6, at most 15
  deadline dossier_submitted_on before 20/3 "Gửi hồ sơ về Văn phòng Điều phối nông thôn mới tỉnh trước ngày 20/3 hằng năm (IV.3.2)"
  deadline board_submitted_on before 15/4 "Văn phòng Điều phối nông thôn mới tỉnh gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh trước ngày 15/4 hằng năm (IV.3.2)"
  dossier has_proposal, has_minutes, has_achievement_report
}

# ---------------------------------------------------------------------------
# Chỉ tiêu phấn đấu đến năm 2025 (II.1), đo trên danh sách xã
# ---------------------------------------------------------------------------
target communes_standard "Đến năm 2025 có 100% số xã trên toàn tỉnh đạt chuẩn nông thôn mới"
  source "192/KH-UBND, II.1"
  : all commune where ntm_level >= standard

# Cách hiểu: “từ 40 - 50%” là khoảng phấn đấu; đạt khi từ 40% trở lên (50% là
# mức phấn đấu cao), nên mã hóa là “ít nhất 40%”.
target communes_advanced "Có từ 40 - 50% số xã đạt chuẩn nông thôn mới nâng cao"
  source "192/KH-UBND, II.1"
  : at least 40% of commune where ntm_level >= advanced

target communes_model "Có 10 xã đạt chuẩn nông thôn mới kiểu mẫu"
  source "192/KH-UBND, II.1"
  : at least 10 commune where ntm_level = model

# Cách hiểu: “Phấn đấu có thêm 05 huyện đạt chuẩn nông thôn mới, 02 huyện đạt
# chuẩn nông thôn mới nâng cao, 01 huyện đạt chuẩn nông thôn mới kiểu mẫu”:
# “thêm” áp dụng cho cả ba con số, so với mức của huyện đến hết năm 2020
# (ntm_level_2020); chỉ đếm huyện (thị xã, thành phố không “đạt chuẩn” mà
# “hoàn thành nhiệm vụ”).
target districts_standard "Có thêm 05 huyện đạt chuẩn nông thôn mới"
  source "192/KH-UBND, II.1"
  : at least 5 district where category = rural_district and ntm_level >= standard and ntm_level_2020 < standard

target districts_advanced "Có thêm 02 huyện đạt chuẩn nông thôn mới nâng cao"
  source "192/KH-UBND, II.1"
  : at least 2 district where category = rural_district and ntm_level >= advanced and ntm_level_2020 < advanced

target districts_model "Có thêm 01 huyện đạt chuẩn nông thôn mới kiểu mẫu"
  source "192/KH-UBND, II.1"
  : at least 1 district where category = rural_district and ntm_level = model and ntm_level_2020 < model

# ---------------------------------------------------------------------------
# Kiểm thử xét khen thưởng (IV.2.2.1.1, IV.3.2) và chỉ tiêu (II.1) trên một
# nhóm đơn vị
# ---------------------------------------------------------------------------
# 3 lãnh đạo đề nghị trước 4 chuyên viên, 1 chuyên viên không đạt tiêu chuẩn: tối
# đa 5 người và lãnh đạo không quá 40% → chọn 2 lãnh đạo và 3 chuyên viên (2/5 =
# 40%); lãnh đạo thứ ba bị loại vì vượt tỷ lệ dù được đề nghị trước.
test "Bằng khen của Chủ tịch UBND tỉnh: tỷ lệ lãnh đạo không quá 40%, tối đa 5 cá nhân" {
  in year 2024
  given official {
    id: "T-CB-11", name: "Nguyễn Văn Hùng", organisation: "Sở Nông nghiệp và Phát triển nông thôn",
    rank: director, close_to_grassroots: true, useful_initiatives: true,
    dossier_submitted_on: 10/3/2024, board_submitted_on: 10/4/2024, has_proposal: true,
    has_minutes: true, has_achievement_report: true
  }
  given official {
    id: "T-CB-12", name: "Lê Thị Mai", organisation: "Sở Tài chính", rank: head,
    close_to_grassroots: true, useful_initiatives: true, dossier_submitted_on: 12/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given official {
    id: "T-CB-13", name: "Trần Quốc Toàn", organisation: "Sở Kế hoạch và Đầu tư", rank: deputy_head,
    close_to_grassroots: true, useful_initiatives: true, dossier_submitted_on: 12/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given official {
    id: "T-CB-14", name: "Phạm Thị Lan", organisation: "UBND huyện Bù Đăng", rank: staff,
    close_to_grassroots: true, useful_initiatives: true, dossier_submitted_on: 15/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given official {
    id: "T-CB-15", name: "Điểu Thị Hạnh", organisation: "UBND huyện Bù Gia Mập", rank: staff,
    close_to_grassroots: true, useful_initiatives: true, dossier_submitted_on: 15/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given official {
    id: "T-CB-16", name: "Võ Minh Tâm", organisation: "UBND thị xã Phước Long", rank: staff,
    close_to_grassroots: true, useful_initiatives: true, dossier_submitted_on: 18/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given official {
    id: "T-CB-17", name: "Hoàng Văn Đức", organisation: "UBND huyện Lộc Ninh", rank: staff,
    close_to_grassroots: true, useful_initiatives: false, dossier_submitted_on: 15/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  expect chairman_merit_yearly selects "T-CB-11", "T-CB-12", "T-CB-14", "T-CB-15", "T-CB-16"
  expect chairman_merit_yearly leaves out "T-CB-13": cut by ratio
  expect chairman_merit_yearly leaves out "T-CB-17": not eligible
  expect official_is_leader for "T-CB-13"
}

# Hạn nộp “trước ngày 20/3”: nộp đúng ngày 20/3 là quá hạn; thiếu biên bản họp xét
# là thiếu hồ sơ (IV.3.2, IV.3.3). Xã không giới hạn số lượng.
test "Bằng khen của Chủ tịch UBND tỉnh: hồ sơ xã nộp ngày 20/3 quá hạn, thiếu biên bản họp xét" {
  in year 2024
  given commune {
    id: "T-XA-11", name: "Xã Tân Thành", district_name: "Thành phố Đồng Xoài", ntm_level: advanced,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 19/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given commune {
    id: "T-XA-12", name: "Xã Thanh Lương", district_name: "Thị xã Bình Long", ntm_level: standard,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 20/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given commune {
    id: "T-XA-13", name: "Xã Lộc Thái", district_name: "Huyện Lộc Ninh", ntm_level: standard,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 1/3/2024,
    board_submitted_on: 10/4/2024, has_proposal: true, has_minutes: false,
    has_achievement_report: true
  }
  expect chairman_merit_yearly selects "T-XA-11"
  expect chairman_merit_yearly leaves out "T-XA-12": late
  expect chairman_merit_yearly leaves out "T-XA-13": missing documents
}

# Văn phòng Điều phối gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh “trước ngày
# 15/4”: gửi ngày 14/4 đúng hạn, ngày 15/4 quá hạn, chưa gửi cũng là quá hạn.
test "Bằng khen của Chủ tịch UBND tỉnh: hồ sơ về Ban Thi đua - Khen thưởng ngày 15/4 quá hạn" {
  in year 2024
  given commune {
    id: "T-XA-14", name: "Xã Tân Lập", district_name: "Huyện Đồng Phú", ntm_level: advanced,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 15/3/2024,
    board_submitted_on: 14/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given commune {
    id: "T-XA-15", name: "Xã Tân Hưng", district_name: "Huyện Đồng Phú", ntm_level: standard,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 15/3/2024,
    board_submitted_on: 15/4/2024, has_proposal: true, has_minutes: true,
    has_achievement_report: true
  }
  given commune {
    id: "T-XA-16", name: "Xã Thuận Lợi", district_name: "Huyện Đồng Phú", ntm_level: standard,
    broad_mobilisation: true, construction_debt: 0 đồng, dossier_submitted_on: 15/3/2024,
    has_proposal: true, has_minutes: true, has_achievement_report: true
  }
  expect chairman_merit_yearly selects "T-XA-14"
  expect chairman_merit_yearly leaves out "T-XA-15": late
  expect chairman_merit_yearly leaves out "T-XA-16": late
}

# 4/5 xã đạt chuẩn (chưa đủ 100%); 2/5 = 40% xã đạt chuẩn nâng cao (đúng ngưỡng);
# 1 xã kiểu mẫu (chưa đủ 10).
test "Chỉ tiêu đến năm 2025 đo trên 5 xã: 100% đạt chuẩn, 40% nâng cao, 10 xã kiểu mẫu" {
  given commune {
    id: "T-XA-21", name: "Xã Tiến Hưng", district_name: "Thành phố Đồng Xoài", ntm_level: model,
    broad_mobilisation: true
  }
  given commune {
    id: "T-XA-22", name: "Xã Tân Lợi", district_name: "Huyện Đồng Phú", ntm_level: advanced,
    broad_mobilisation: true
  }
  given commune {
    id: "T-XA-23", name: "Xã Minh Hưng", district_name: "Huyện Chơn Thành", ntm_level: standard,
    broad_mobilisation: true
  }
  given commune {
    id: "T-XA-24", name: "Xã Phú Riềng", district_name: "Huyện Phú Riềng", ntm_level: standard,
    broad_mobilisation: true
  }
  given commune {
    id: "T-XA-25", name: "Xã Đắk Ơ", district_name: "Huyện Bù Gia Mập", ntm_level: none,
    broad_mobilisation: false
  }
  expect communes_standard not achieved
  expect communes_advanced achieved
  expect communes_model not achieved
}

# Năm huyện: Đồng Phú và Bù Đăng mới đạt chuẩn (năm 2020 chưa đạt), Phú Riềng
# đạt nâng cao từ mức chưa đạt, Hớn Quản đã đạt chuẩn từ năm 2020 (không tính
# là “thêm”); thị xã Bình Long không được đếm. Có thêm 3 huyện đạt chuẩn (chưa
# đủ 5), 1 huyện nâng cao (chưa đủ 2), chưa có huyện kiểu mẫu.
test "Chỉ tiêu về huyện (II.1): có thêm 05 huyện đạt chuẩn, 02 nâng cao, 01 kiểu mẫu" {
  given district {
    id: "T-H-31", name: "Huyện Đồng Phú", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-32", name: "Huyện Bù Đăng", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-33", name: "Huyện Phú Riềng", category: rural_district, evaluation_year: 2025,
    ntm_level: advanced, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-34", name: "Huyện Hớn Quản", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: standard, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, reporting_compliance: true
  }
  given district {
    id: "T-H-35", name: "Thị xã Bình Long", category: town, evaluation_year: 2025,
    ntm_task_completed: true, typical_unit: true, effective_movement: true,
    many_good_practices: true, suitable_solutions: true, has_annual_plan: true,
    launched_commune_registration: true, registered_with_board: true, breakthrough_criteria: true,
    timely_support: true, reporting_compliance: true
  }
  expect districts_standard not achieved
  expect districts_advanced not achieved
  expect districts_model not achieved
}

# Một huyện thiếu mức năm 2020: có thể là huyện “thêm” thứ 5, nên chưa xác định.
test "Chỉ tiêu 05 huyện: thiếu mức năm 2020 của một huyện thì chưa xác định" {
  given district {
    id: "T-H-41", name: "Huyện Đồng Phú", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-42", name: "Huyện Bù Đăng", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-43", name: "Huyện Phú Riềng", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-44", name: "Huyện Lộc Ninh", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, ntm_level_2020: none, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  given district {
    id: "T-H-45", name: "Huyện Hớn Quản", category: rural_district, evaluation_year: 2025,
    ntm_level: standard, effective_movement: true, many_good_practices: true,
    suitable_solutions: true, has_annual_plan: true, launched_commune_registration: true,
    registered_with_board: true, breakthrough_criteria: true, timely_support: true,
    reporting_compliance: true
  }
  expect districts_standard undetermined
}
