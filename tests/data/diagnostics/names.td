# Unknown names, with the suggestion the checker makes.
unit official "Cán bộ" {
  rank: text "Chức vụ"
  initiatives: int "Số sáng kiến"
}

criterion has_initiatives for official
  : initiatives >= 1

criterion a for official
  : initiative >= 1  # expect error: initiative

criterion b for official
  : has_initiative  # expect error: has_initiative

criterion c for officials  # expect error: officials
  : initiatives >= 2
