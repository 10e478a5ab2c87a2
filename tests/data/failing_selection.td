# A rule file whose selection test is wrong on purpose: `thidua test` must
# name the units that differ and why each was or was not selected.
enum rank "Chức vụ" ordered { staff, head }
unit official "Cán bộ" {
  rank: rank
  good: bool "Đạt tiêu chuẩn"
}
criterion meets for official "Đạt tiêu chuẩn": good
criterion leader for official "Lãnh đạo": rank >= head
award merit "Bằng khen" {
  for official: requires meets, at most 2, at most 40% where leader
}

test "Hai lãnh đạo, một chuyên viên (kỳ vọng sai)" {
  given official { id: "L1", rank: head, good: true }
  given official { id: "L2", rank: head, good: true }
  given official { id: "S1", rank: staff, good: true }
  expect merit selects "L1", "L2"
}
