# Names: declared twice, unknown, of the wrong kind, and rules that depend
# on themselves. Unused declarations are warnings, not errors.

enum region { normal, difficult }
enum region { north, south }
enum spare_enum { a, b }
enum ntm_level ordered { none, standard, advanced }

unit district "Huyện" { name: text, debt: optional money, debt: money }
unit commune "Xã" { name: text, level: ntm_levle }

param unused_limit: int = 3
param district_limit for district: money = 5 triệu

criterion district_ok for district: debt <= district_limit and commune_ok
criterion commune_ok for commune: name != "" and district_ok
criterion commune_debt for commune: debt <= district_limit
criterion self_reference for district: self_reference or name = ""
criterion district_ok for district: true
criterion district_ok2 for distrct: true
