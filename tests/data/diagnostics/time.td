# Effective dates and instruments: the checker's errors (docs/time-and-hierarchy.md).
instrument qd1 "1/QĐ-UBND" {
  date 1/1/2022
}

instrument qd1 "1/QĐ-UBND" {  # expect error: instrument 'qd1' is declared twice
}

unit commune "Xã" {
  criteria_met: int
}

# Two versions in force on the same days.
param min_criteria for commune: int
  source "a" by qd1 from 1/1/2022 until 31/12/2024
  = 15

param min_criteria for commune: int  # expect error: versions of 'min_criteria' overlap
  source "b" by qd1 from 1/1/2024
  = 17

# A second declaration with no dates is not a version.
criterion enough for commune
  source "a" from 1/1/2022
  : criteria_met >= min_criteria

criterion enough for commune  # expect error: says no dates
  : criteria_met >= 19

# An instrument nobody declared.
criterion other for commune
  source "c" by qd2  # expect error: unknown instrument 'qd2'
  : criteria_met >= 1

# Ends before it starts.
criterion backwards for commune
  source "d" from 1/1/2025 until 31/12/2024  # expect error: before it starts
  : true

# A version of another type.
param min_criteria for commune: decimal  # expect error: another type
  source "e" by qd1 from 1/1/2026
  = 1.5
