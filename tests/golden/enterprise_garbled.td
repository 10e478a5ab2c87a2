# Kế hoạch 192/KH-UBND (Bình Phước), IV.1.4 — tiêu chí đối với doanh nghiệp,
# hợp tác xã, gõ vội: mỗi lỗi phải được báo đúng chỗ.
# (The label of the unit was typed with decomposed letters, as some
# keyboards do; columns still count what a person sees.)

enum region "Vùng" { normal, ethnic_minority, difficult }
enum ntm_level "Mức đạt chuẩn" ordered { none, standard, advanced, model }

unit enterprise "Doanh nghiệp, hợp tác xã" {
  region: region "Vùng thực hiện đóng góp"
  supported_communes: int "Số xã được hỗ trợ trực tiếp"
  contribution: optional money "Mức đóng góp"
  value_chain: assessed "Có liên kết sản xuất theo chuỗi giá trị"
  ocop_products: list of { name: text, stars: int }
}

param min_contribution for enterprise: money "Mức đóng góp tối thiểu"
  source "192/KH-UBND, IV.1.4"
  = 300
  except region in {ethnic_minority, dificult}: 200 triệu

criterion enough_contribution for enterprise
  "Đóng góp hỗ trợ xây dựng nông thôn mới từ 300 triệu đồng trở lên"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300
  except region > normal: contribution >= 200 triệu

criterion ocop_many for enterprise "Có nhiều sản phẩm OCOP từ 3 sao trở lên"
  : (count p in ocop_products where p.star >= 3) >= 2

criterion supports for enterprise "Hỗ trợ trực tiếp, đóng góp": supported_comunes >= 1
  and value_chian

criterion meets_iv_1_4 for enterprise: enough_contribution and ocop_many
  and contribution * contribution > 0 đồng
