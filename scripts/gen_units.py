#!/usr/bin/env python3
"""Generates a realistic, mixed units file for the Bình Phước plan
(192/KH-UBND): enterprises, communes and officials with Vietnamese names,
missing values here and there, and a few malformed rows, as a province's
spreadsheet export would have. Deterministic for a given --seed.

    python3 scripts/gen_units.py --rows 3000 > units.jsonl
    python3 scripts/gen_units.py --format csv --rows 300000 --bad-every 0 > big.csv

As CSV, the columns are `kind` and every field of the three kinds (a row
leaves the other kinds' cells empty); a list is a JSON array in its cell,
as a spreadsheet export would carry it.
"""
import argparse
import csv
import json
import random
import sys

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Điểu"]
GIVEN = ["Văn Hùng", "Thị Hoa", "Minh Tuấn", "Thu Hà", "Quốc Bảo", "Thị Mai", "Đức Thắng"]
PLACES = ["Lộc Ninh", "Bù Đăng", "Bù Gia Mập", "Đồng Phú", "Hớn Quản", "Chơn Thành",
          "Phú Riềng", "Bù Đốp", "Đồng Xoài", "Bình Long", "Phước Long"]
PRODUCTS = ["Hạt điều rang muối", "Hồ tiêu", "Mật ong rừng", "Sầu riêng", "Cà phê"]


def enterprise(rng, i):
    row = {"kind": "enterprise", "id": f"DN-{i:05d}",
           "name": f"{rng.choice(['Công ty TNHH', 'Hợp tác xã'])} {rng.choice(PRODUCTS)} "
                   f"{rng.choice(PLACES)} {i}",
           "category": rng.choice(["company", "cooperative"]),
           "region": rng.choice(["normal", "normal", "ethnic_minority", "difficult"]),
           "specific_contribution": rng.random() < 0.9,
           "supported_communes": rng.randint(0, 4),
           "improved_ntm_criteria": rng.randint(0, 3),
           "contribution_recognised": rng.random() < 0.85,
           "value_chain": rng.random() < 0.6, "traditional_craft": rng.random() < 0.3,
           "supply_links": rng.random() < 0.4, "standard_production": rng.random() < 0.5,
           "ocop_products": [{"name": rng.choice(PRODUCTS), "stars": rng.randint(2, 5)}
                             for _ in range(rng.randint(0, 3))]}
    # Amounts cluster at the thresholds, where mistakes would show.
    if rng.random() < 0.93:
        row["contribution"] = rng.choice([199_999_999, 200_000_000, 250_000_000,
                                          299_999_999, 300_000_000, 450_000_000,
                                          rng.randint(50, 900) * 1_000_000])
    return row


def commune(rng, i):
    row = {"kind": "commune", "id": f"XA-{i:05d}", "name": f"Xã {rng.choice(PLACES)} {i}",
           "district_name": f"Huyện {rng.choice(PLACES)}",
           "ntm_level": rng.choice(["none", "standard", "standard", "advanced", "model"]),
           "broad_mobilisation": rng.random() < 0.8}
    if rng.random() < 0.9:
        row["construction_debt"] = rng.choice([0, 0, 0, 15_000_000])
    return row


def official(rng, i):
    return {"kind": "official", "id": f"CB-{i:05d}",
            "name": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
            "organisation": f"UBND huyện {rng.choice(PLACES)}",
            "rank": rng.choice(["staff", "staff", "deputy_head", "head"]),
            "close_to_grassroots": rng.random() < 0.9, "useful_initiatives": rng.random() < 0.7}


def malformed(rng, i):
    bad = rng.choice(["money", "enum", "type"])
    row = enterprise(rng, i)
    if bad == "money":
        row["contribution"] = "ba trăm triệu"
    elif bad == "enum":
        row["region"] = "vung_kho_khan"
    else:
        row["supported_communes"] = "hai"
    return row


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=192)
    parser.add_argument("--bad-every", type=int, default=500,
                        help="one malformed row in this many (0: none)")
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    makers = [enterprise, enterprise, commune, official]
    writer = None
    if args.format == "csv":
        # The columns: every key the makers write, in their order.
        sample = random.Random(0)
        columns = list(dict.fromkeys(
            k for make in makers for k in make(sample, 0)))
        writer = csv.DictWriter(sys.stdout, columns, lineterminator="\n")
        writer.writeheader()
    for i in range(1, args.rows + 1):
        if args.bad_every and i % args.bad_every == 0:
            row = malformed(rng, i)
        else:
            row = rng.choice(makers)(rng, i)
        if writer is None:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list)
                         else str(v).lower() if isinstance(v, bool) else v
                         for k, v in row.items()})


if __name__ == "__main__":
    main()
