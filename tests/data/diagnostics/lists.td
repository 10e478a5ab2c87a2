# Membership lists: the checker's errors (docs/time-and-hierarchy.md, "Membership lists").
instrument qd1 "1/QĐ-UBND" {
  date 1/1/2022
}

instrument qd2 "2/QĐ-UBND" {
  date 1/6/2024
}

unit commune "Xã" {
  name: text
  criteria_met: int
}

list hard "Xã khó khăn" of commune
  source "Điều 1" by qd1 from 1/1/2022 until 31/12/2024

# Two versions in force on the same days.
list hard "Xã khó khăn" of commune  # expect error: versions of 'hard' overlap
  source "Điều 1" by qd2 from 1/6/2024

list remote "Xã khu vực III" of commune
  source "Điều 1" by qd1 from 1/1/2022 until 31/12/2023

# With several versions, each is read by its instrument.
list remote "Xã khu vực III" of commune  # expect error: names no instrument
  source "Điều 1" from 1/1/2024

list border "Xã biên giới" of communes  # expect error: unknown unit kind 'communes'

criterion typo for commune
  : id in hardd  # expect error: unknown list 'hardd'

criterion not_an_id for commune
  : criteria_met in hard  # expect error: holds unit ids
