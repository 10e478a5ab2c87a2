#!/usr/bin/env python3
"""Builds rules/binh-phuoc-192-2022/candidates-2024.jsonl: the year's proposed
candidates for the Bằng khen of the provincial chairman (192/KH-UBND,
IV.2.2.1.1), from the sample units plus dossier data, with more enterprises
and officials than the quotas allow, so that `thidua select` shows every
kind of outcome. Deterministic; rerun after changing units.jsonl.
"""
import json
import pathlib

plan = pathlib.Path(__file__).resolve().parent.parent / "rules" / "binh-phuoc-192-2022"
rows = [json.loads(line) for line in open(plan / "units.jsonl", encoding="utf-8")]

def dossier(row, day=12, minutes=True):
    row.update({"dossier_submitted_on": f"2024-03-{day:02d}", "has_proposal": True,
                "has_minutes": minutes, "has_achievement_report": True})
    return row

out = []
for row in rows:
    dossier(row)
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

with open(plan / "candidates-2024.jsonl", "w", encoding="utf-8") as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"{len(out)} candidates written")
