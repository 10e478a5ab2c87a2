# Several syntax errors in one file: each is reported, and the parser goes
# on at the next declaration, so the good declarations after them are kept
# (and checked: `ok` below uses them).

plan binh_phuoc_192 "Toàn tỉnh chung sức xây dựng nông thôn mới" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022"
  period 1/1/2021 .. 31/2/2025
}

enum region "Vùng" { normal, ethnic_minority difficult }

unit commune "Xã" {
  name: text "Tên xã"
  level int "Mức đạt chuẩn"
}

unit district "Huyện" {
	name: text
	debt: optional money
}

Khen thưởng: chưa diễn đạt được.

criterion no_debt for district "Không nợ đọng xây dựng cơ bản"
  : (debt = 0 đồng or debt <)

param threshold: money = 1,2345 đồng

criterion ok for district: debt <= 5 triệu and name != "" and 30 / 6 > 1
