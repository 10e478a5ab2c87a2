# Mistakes in test blocks: which unit, which award, which target.
enum rank "Chức vụ" ordered {
  staff,
  head
}

unit official "Cán bộ" {
  rank: rank
  good: bool "Đạt tiêu chuẩn"
}

criterion meets for official "Đạt tiêu chuẩn"
  : good

award merit "Bằng khen" {
  period yearly
  for official: requires meets, at most 1
}

target many "Ít nhất 1 người đạt"
  : at least 1 official where good

test "Hai cán bộ" {
  given official {
    id: "A", rank: head, good: true
  }
  given official {
    id: "B", rank: staff, good: true
  }
  expect meets  # expect error: say which one
  expect meets for "C"  # expect error: "C"
  expect merrit selects "A"  # expect error: merrit
  expect merit selects "A", "Z"  # expect error: "Z"
  expect manny achieved  # expect error: manny
  expect merit selects "A"
  expect merit leaves out "B": cut by quota
  expect many achieved
}
