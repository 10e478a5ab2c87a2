# Type errors a rule author meets first, with the line each is reported on.
unit enterprise "Doanh nghiệp" {
  contribution: money "Giá trị đóng góp"
  supported_communes: int "Số xã được hỗ trợ"
  region: text "Vùng"
}

# Money compared with a bare number: the checker asks for a unit (triệu, đồng).
criterion enough for enterprise
  : contribution >= 300  # expect error: money

criterion communes for enterprise
  : supported_communes >= 1 triệu  # expect error: money

# A text is not a condition.
criterion not_a_condition for enterprise
  : region  # expect error: true or false

criterion fine for enterprise "Đúng kiểu"
  : contribution >= 300 triệu and supported_communes >= 1
