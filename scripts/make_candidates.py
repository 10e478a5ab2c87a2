#!/usr/bin/env python3
"""Builds rules/binh-phuoc-192-2022/candidates-2024.jsonl: the year's proposed
candidates for the Bằng khen of the provincial chairman (192/KH-UBND,
IV.2.2.1.1), from the sample units plus dossier data, with more enterprises
and officials than the quotas allow, so that `thidua select` shows every
kind of outcome. Deterministic; rerun after changing units.jsonl.

    scripts/make_candidates.py           # writes the file
    scripts/make_candidates.py --check   # exit 1 when the file is not what
                                         # this script writes (ctest
                                         # data.candidates_in_step)
"""
import difflib
import json
import pathlib
import sys

plan = pathlib.Path(__file__).resolve().parent.parent / "rules" / "binh-phuoc-192-2022"
rows = [json.loads(line) for line in open(plan / "units.jsonl", encoding="utf-8")]

# IV.3.2: to the Coordination Office before 20/3, from it to the Board before
# 15/4; IV.3.3: the three documents.
def dossier(row, day=12):
    row.update({"dossier_submitted_on": f"2024-03-{day:02d}", "board_submitted_on": "2024-04-10",
                "has_proposal": True, "has_minutes": True, "has_achievement_report": True})
    return row

out = []
for row in rows:
    dossier(row)
    if "report_dates" in row:  # last in the row: the long one
        row["report_dates"] = row.pop("report_dates")
    if row["id"] == "SBN-004":
        row["dossier_submitted_on"] = "2024-03-20"  # "trước ngày 20/3": 20/3 is late
    if row["id"] == "XA-002":
        row["has_minutes"] = False                  # incomplete dossier
    out.append(row)

# More enterprises than the 10 the quota allows, in proposal order.
model = next(r for r in rows if r["id"] == "DN-001")
names = ["Công ty TNHH Điều Hoàng Gia Bình Phước", "Hợp tác xã Hồ tiêu Lộc Ninh",
         "Công ty Cổ phần Cao su Phú Riềng Xanh", "Hợp tác xã Sầu riêng Bù Đốp",
         "Công ty TNHH Mật ong Rừng Bù Gia Mập", "Hợp tác xã Cà phê Đồng Xoài",
         "Công ty TNHH Chè Thanh Lương", "Hợp tác xã Rau sạch Chơn Thành",
         "Công ty Cổ phần Nông sản Hớn Quản"]
for i, name in enumerate(names, start=8):
    row = dict(model, id=f"DN-{i:03d}", name=name, contribution=300_000_000 + i * 10_000_000)
    out.append(dossier(row, day=5 + i % 10))

# Officials: leaders (phó trưởng phòng trở lên) and staff, for the 40 % ratio.
official = next(r for r in rows if r["id"] == "CB-002")
people = [("CB-005", "Phạm Quốc Bảo", "head"), ("CB-006", "Hoàng Thị Mai", "deputy_head"),
          ("CB-007", "Vũ Đức Thắng", "staff"), ("CB-008", "Đỗ Thanh Tâm", "deputy_director")]
for pid, name, rank in people:
    out.append(dossier(dict(official, id=pid, name=name, rank=rank), day=15))

text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in out)
path = plan / "candidates-2024.jsonl"
if sys.argv[1:] == ["--check"]:
    committed = path.read_text(encoding="utf-8")
    if committed != text:
        sys.stdout.writelines(difflib.unified_diff(
            committed.splitlines(keepends=True), text.splitlines(keepends=True),
            str(path), "scripts/make_candidates.py", n=0))
        sys.exit(f"{path.name} is not what scripts/make_candidates.py writes: "
                 "change the script, then rerun it")
    print(f"{path.name}: {len(out)} candidates, as scripts/make_candidates.py writes them")
else:
    path.write_text(text, encoding="utf-8")
    print(f"{len(out)} candidates written")
