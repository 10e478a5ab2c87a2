unit commune { a: bool, n: int }
criterion c1 for commune "Đạt" source "IV.1" by qd from 2024: a and n >= 1  # xã đạt
criterion c2 for commune: n >= 1 except a: n >= 0  # ngoại lệ
