# A test whose `as of` is not a day of the calendar (there is no 31/2): the
# error says a test's day is meant (tests/CMakeLists.txt, cli.test.bad_as_of).
plan bad_as_of "Mẫu: ngày của phép thử không hợp lệ" {
  period 2022 .. 2025
}

unit commune "Xã" { criteria_met: int }

param target for commune: int from 2022 until 2023 = 15
param target for commune: int from 2024 until 2025 = 17

criterion enough for commune: criteria_met >= target

test "ngày không có thật" {
  as of 31/2/2024
  given commune { criteria_met: 16 }
  expect not enough
}
