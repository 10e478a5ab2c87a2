"""Tests of the thidua Python module, over the C library it loads."""
import concurrent.futures
import datetime
import decimal
import json
import os
import pathlib
import subprocess
import sys

import pytest

import thidua

REPO = pathlib.Path(__file__).resolve().parents[3]
BINH_PHUOC = REPO / "rules" / "binh-phuoc-192-2022"

RULES = """
plan thu_nghiem "Kế hoạch thử nghiệm" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022"
}
enum region "Vùng" { normal "Vùng khác", difficult "Vùng khó khăn" }
unit enterprise "Doanh nghiệp, hợp tác xã" {
  name: text "Tên"
  region: region "Vùng"
  contribution: optional money "Mức đóng góp"
  founded: optional date "Ngày thành lập"
  supported_communes: int "Số xã được hỗ trợ"
}
unit commune "Xã" { criteria_met: int "Số tiêu chí đạt" }
criterion đóng_góp_đủ for enterprise "Đóng góp từ 300 triệu đồng trở lên"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region in {difficult}: contribution >= 200 triệu
criterion hỗ_trợ_xã for enterprise "Hỗ trợ từ 01 xã trở lên"
  : supported_communes >= 1
criterion lâu_năm for enterprise "Thành lập trước năm 2020": founded < 1/1/2020
criterion xã_đạt_chuẩn for commune "Xã đạt 19 tiêu chí": criteria_met >= 19
test "Vùng khó khăn, 250 triệu" {
  given enterprise { id: "DN-01", name: "Hạt điều", region: difficult,
    contribution: 250 triệu, supported_communes: 2 }
  expect đóng_góp_đủ
}
"""


def unit(**fields):
    base = {"kind": "enterprise", "id": "Công ty Hạt điều Đắk Ơ", "name": "Hạt điều",
            "region": "difficult", "supported_communes": 2}
    base.update(fields)
    return base


@pytest.fixture(scope="module")
def rules():
    return thidua.compile(text=RULES, path="thu_nghiem.td")


def test_declarations(rules):
    assert rules.plan_name == "thu_nghiem"
    assert rules.plan_title == "Kế hoạch thử nghiệm"
    assert [c.name for c in rules.criteria] == [
        "đóng_góp_đủ", "hỗ_trợ_xã", "lâu_năm", "xã_đạt_chuẩn"]
    assert rules.criteria[0].label == "Đóng góp từ 300 triệu đồng trở lên"
    assert rules.criteria[0].source == "192/KH-UBND, IV.1.4"
    assert rules.unit_kinds == ["enterprise", "commune"]
    assert rules.diagnostics == []
    assert thidua.library_version() == thidua.__version__


def test_evaluate_every_verdict(rules):
    v = rules.evaluate(unit(contribution="250 triệu", founded="2015-03-01"))
    assert v == {"đóng_góp_đủ": "eligible", "hỗ_trợ_xã": "eligible",
                 "lâu_năm": "eligible", "xã_đạt_chuẩn": "not_applicable"}
    v = rules.evaluate(unit(region="normal", contribution=250_000_000, supported_communes=0))
    assert v["đóng_góp_đủ"] == "not_eligible"
    assert v["hỗ_trợ_xã"] == "not_eligible"
    assert v["lâu_năm"] == "undetermined"  # founded is missing, never "not eligible"


def test_exact_values_from_python_types(rules):
    v = rules.evaluate(unit(region="normal", contribution=decimal.Decimal("3E+8"),
                            founded=datetime.date(2019, 12, 31)))
    assert v["đóng_góp_đủ"] == "eligible"
    assert v["lâu_năm"] == "eligible"
    v = rules.evaluate(unit(region="normal", contribution=299_999_999))
    assert v["đóng_góp_đủ"] == "not_eligible"
    # JSON text is accepted as it is.
    assert rules.evaluate(json.dumps(unit(contribution=200_000_000)))["đóng_góp_đủ"] == "eligible"


def test_bad_unit_raises_data_error(rules):
    with pytest.raises(thidua.DataError, match="supported_communes") as e:
        rules.evaluate(unit(supported_communes="nhiều"))
    assert isinstance(e.value, ValueError)
    with pytest.raises(thidua.DataError):
        rules.evaluate({"kind": "spaceship", "id": "X"})
    with pytest.raises(thidua.DataError, match="unit 1"):
        rules.evaluate_many([unit(), unit(region="sao_hỏa")])


def test_data_errors_in_vietnamese():
    vi = thidua.compile(text=RULES, lang="vi")
    with pytest.raises(thidua.DataError) as e:
        vi.evaluate(unit(contribution="nhiều tiền"))
    assert "triệu" in str(e.value)


def test_evaluate_many_matches_evaluate(rules):
    units = [unit(id=f"Đơn vị {i}", contribution=i * 10_000_000,
                  region="difficult" if i % 2 else "normal", supported_communes=i % 3)
             for i in range(60)]
    for threads in (0, 1, 3):
        assert rules.evaluate_many(units, threads=threads) == [rules.evaluate(u) for u in units]
    assert rules.evaluate_many([]) == []


def test_explain_as_dict_and_text(rules):
    u = unit(contribution="250 triệu")
    tree = rules.explain(u, "đóng_góp_đủ", lang="vi")
    assert tree["kind"] == "criterion"
    assert tree["status"] == "eligible"
    assert tree["source"] == "192/KH-UBND, IV.1.4"
    assert any(child["kind"] == "exception" for child in tree["children"])
    text = rules.explain_text(u, "đóng_góp_đủ", lang="vi")
    assert "đủ điều kiện" in text and "250 triệu" in text
    assert "eligible" in rules.explain_text(u, 0, lang="en")
    with pytest.raises(KeyError):
        rules.explain(u, "không_có")
    with pytest.raises(IndexError):
        rules.explain(u, 9)
    with pytest.raises(ValueError):
        rules.explain(u, 0, lang="fr")


def test_compile_error_has_diagnostics():
    broken = 'unit e "E" { c: money "C" }\ncriterion d for e "D"\n  : c >= 300\n'
    with pytest.raises(thidua.CompileError) as e:
        thidua.compile(text=broken, path="hỏng.td", lang="vi")
    [d] = e.value.diagnostics
    assert (d.path, d.line, d.column, d.severity) == ("hỏng.td", 3, 10, "error")
    assert "triệu" in d.hint
    assert d.message
    assert "hỏng.td:3:10: lỗi:" in str(e.value)
    assert e.value.code == 3


def test_compile_file_rules_root_and_tests():
    rules = thidua.compile(path=BINH_PHUOC / "plan.td", rules_root=REPO / "rules")
    report = rules.run_tests()
    assert report.passed > 0 and report.failed == 0
    assert all(r["passed"] for r in report.results)
    units = [json.loads(line) for line in (BINH_PHUOC / "units.jsonl").open(encoding="utf-8")]
    verdicts = rules.evaluate_many(units, threads=2)
    assert len(verdicts) == len(units)


@pytest.mark.parametrize("plan", sorted(p.name for p in (REPO / "rules").iterdir()
                                        if (p / "plan.td").exists()))
def test_seed_plans_pass_their_tests(plan):
    report = thidua.compile(path=REPO / "rules" / plan / "plan.td").run_tests()
    assert report.failed == 0, report.results


def test_missing_file():
    with pytest.raises(thidua.RulesFileError) as e:
        thidua.compile(path="không/có/tệp.td")
    assert isinstance(e.value, OSError)
    with pytest.raises(TypeError):
        thidua.compile()


def test_one_ruleset_many_python_threads(rules):
    units = [unit(id=f"DN-{i}", contribution=i * 5_000_000) for i in range(100)]
    expected = [rules.evaluate(u) for u in units]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            assert list(pool.map(rules.evaluate, units)) == expected


def test_library_lookup_honours_thidua_library(tmp_path):
    code = "import thidua; thidua.compile(text='')"
    env = dict(os.environ, THIDUA_LIBRARY=str(tmp_path / "libkhongco.so"))
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode != 0
    assert "THIDUA_LIBRARY" in run.stderr and "libkhongco.so" in run.stderr


def test_prototypes_match_the_header():
    import re
    from thidua import _lib
    header = (REPO / "include" / "thidua" / "thidua.h").read_text(encoding="utf-8")
    declared = {name: params for name, params in
                re.findall(r"THIDUA_API\s[^;(]*?\b(td_\w+)\(([^)]*)\);", header)}
    for name, (_, argtypes) in _lib._PROTOTYPES.items():
        assert name in declared, name
        params = declared[name].strip()
        count = 0 if params == "void" else params.count(",") + 1
        assert len(argtypes) == count, name


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def binh_phuoc():
    return thidua.compile(path=str(BINH_PHUOC / "plan.td"))


def test_select_within_quotas_and_ratios(binh_phuoc):
    assert "chairman_merit_yearly" in [a.name for a in binh_phuoc.awards]
    candidates = _jsonl(BINH_PHUOC / "candidates-2024.jsonl")
    s = binh_phuoc.select("chairman_merit_yearly", candidates, year=2024, lang="en")
    assert s.award == "chairman_merit_yearly" and s.year == 2024
    assert "IV.2.2.1.1" in s.source
    assert [c.id for c in s.candidates] == [u["id"] for u in candidates]
    by_id = {c.id: c for c in s.candidates}
    assert by_id["SBN-001"].outcome == "selected" and by_id["SBN-001"].rank == 1
    assert by_id["SBN-004"].outcome == "late" and "20/3/2024" in by_id["SBN-004"].reason
    assert by_id["XA-002"].outcome == "missing_documents"
    assert by_id["DN-015"].outcome == "cut_by_quota"
    assert by_id["CB-006"].outcome == "cut_by_ratio"
    groups = {g["kind"]: g for g in s.groups}
    assert groups["enterprise"]["cap"] == 10 and groups["enterprise"]["selected"] <= 10
    assert groups["commune"]["cap"] is None
    assert sum(g["selected"] for g in s.groups) == len(s.selected)
    assert all((c.reason == "") == c.selected for c in s.candidates)
    # Reasons in Vietnamese; the codes do not change with the language.
    vi = binh_phuoc.select("chairman_merit_yearly", candidates, year=2024, lang="vi")
    assert [c.outcome for c in vi.candidates] == [c.outcome for c in s.candidates]
    assert vi.candidates[0].reason == "" and "quota" not in {c.id: c for c in vi.candidates}["DN-015"].reason


def test_select_errors(binh_phuoc):
    candidates = _jsonl(BINH_PHUOC / "candidates-2024.jsonl")[:3]
    with pytest.raises(KeyError, match="no_such_award"):
        binh_phuoc.select("no_such_award", candidates, year=2024)
    with pytest.raises(thidua.UsageError, match="year"):
        binh_phuoc.select("chairman_merit_yearly", candidates)
    with pytest.raises(thidua.DataError, match="unit 1"):
        binh_phuoc.select("chairman_merit_yearly", [candidates[0], "{"], year=2024)
    assert binh_phuoc.select("chairman_merit_yearly", [], year=2024).candidates == []


def test_targets(binh_phuoc):
    report = binh_phuoc.targets(_jsonl(BINH_PHUOC / "units.jsonl"), lang="en")
    names = [t["target"] for t in report]
    assert "communes_standard" in names
    assert all(t["status"] in ("achieved", "not_achieved", "undetermined") for t in report)


TIME = REPO / "tests" / "data" / "time"


@pytest.fixture(scope="module")
def rollup():
    # Hypothetical: a commune needs 15 criteria until 31/12/2023, 17 from
    # 1/1/2024; district H-01 has communes of 16 and 18 criteria.
    return thidua.compile(path=str(TIME / "rollup_amended.td"))


def test_as_of_reaches_the_communes_of_a_district(rollup):
    units = _jsonl(TIME / "rollup_units.jsonl")
    assert units[0]["id"] == "H-01"
    before = rollup.evaluate_many(units, as_of="2023-12-31")
    after = rollup.evaluate_many(units, as_of=datetime.date(2024, 1, 1))
    assert before[0]["district_all_communes"] == "eligible"
    assert after[0]["district_all_communes"] == "not_eligible"
    # A datetime counts by its day; the other written form is accepted too.
    same = rollup.evaluate_many(units, as_of=datetime.datetime(2024, 1, 1, 23, 59))
    assert same == after
    assert rollup.evaluate_many(units, as_of="31/12/2023") == before
    # The default: the last day of the plan's period, 31/12/2025.
    assert rollup.evaluate_many(units) == after
    x01 = units[2]
    assert rollup.evaluate(x01, as_of="2023-12-31")["commune_enough"] == "eligible"
    assert rollup.evaluate(x01, as_of="2024-01-01")["commune_enough"] == "not_eligible"
    assert rollup.evaluate(x01)["commune_enough"] == "not_eligible"
    text = rollup.explain_text(x01, "commune_enough", lang="en", as_of="2023-12-31")
    assert "(15)" in text and "192/KH-UBND" in text


def test_as_of_in_select_and_targets(rollup):
    units = _jsonl(TIME / "rollup_units.jsonl")
    before = rollup.select("district_merit", units, as_of="2023-12-31")
    after = rollup.select("district_merit", units, as_of=datetime.date(2024, 1, 1))
    assert before.selected == ["H-01"]
    assert after.selected == []
    t1 = rollup.targets(units, lang="en", as_of="2023-12-31")
    t2 = rollup.targets(units, lang="en", as_of="2024-01-01", by="district")
    assert t1[0]["matching"] == 3 and t1[0]["status"] == "achieved"
    assert t2[0]["matching"] == 2 and t2[0]["status"] == "not_achieved"
    assert [(p["group"], p["matching"]) for p in t2[0]["parts"]] == [("H-01", 1), ("H-02", 1)]
    assert "parts" not in t1[0]


def test_as_of_errors(rollup):
    units = _jsonl(TIME / "rollup_units.jsonl")
    with pytest.raises(thidua.DataError, match="31/2/2024"):
        rollup.evaluate_many(units, as_of="31/2/2024")
    with pytest.raises(thidua.DataError, match="31/2/2024"):
        rollup.evaluate(units[2], as_of="31/2/2024")
    with pytest.raises(thidua.DataError):
        rollup.select("district_merit", units, as_of="tomorrow")
    with pytest.raises(thidua.DataError):
        rollup.targets(units, as_of="tomorrow")
    with pytest.raises(KeyError, match="distric"):
        rollup.targets(units, by="distric")
    with pytest.raises(TypeError):
        rollup.evaluate(units[2], as_of=20240101)
    # A refused day changes nothing: the next call reads its own day.
    assert rollup.evaluate(units[2], as_of="2023-12-31")["commune_enough"] == "eligible"


def test_tests_say_their_day(rollup):
    report = rollup.run_tests()
    assert report.failed == 0 and report.passed == 2
    assert [r["as_of"] for r in report.results] == ["2023-12-31", "2024-01-01"]


def test_read_units_whole_file(rollup):
    table = rollup.read_units(TIME / "rollup_units.jsonl")
    assert len(table) == 6 and table.rows_read == 6 and table.errors == []
    assert table.ids == ["H-01", "H-02", "X-01", "X-02", "X-03", "X-04"]
    assert table.kinds[:3] == ["district", "district", "commune"]
    assert table.rows == [1, 2, 3, 4, 5, 6]
    # The table is a batch as it is: the same verdicts, selection and
    # targets as the same units given as dicts.
    units = _jsonl(TIME / "rollup_units.jsonl")
    for day in ("2023-12-31", "2024-01-01"):
        assert rollup.evaluate_many(table, as_of=day) == rollup.evaluate_many(units, as_of=day)
        assert (rollup.select("district_merit", table, as_of=day)
                == rollup.select("district_merit", units, as_of=day))
        assert rollup.targets(table, as_of=day, by="district") == \
            rollup.targets(units, as_of=day, by="district")
    assert rollup.evaluate_many(table, as_of="2023-12-31")[0]["district_all_communes"] == \
        "eligible"
    assert rollup.select("district_merit", table, as_of="2023-12-31").selected == ["H-01"]


def test_read_units_rows_in_error(tmp_path):
    rules = thidua.compile(text=RULES, path="thu_nghiem.td", lang="vi")
    path = tmp_path / "doanh_nghiep.csv"
    path.write_text(
        "kind,id,name,region,contribution,supported_communes,ghi_chú\n"
        "enterprise,DN-01,Công ty Hạt điều Bình Phước,difficult,250 triệu,2,\n"
        "enterprise,DN-02,Hợp tác xã Tiêu,normal,ba trăm triệu,1,\n"
        "enterprise,DN-03,Công ty Cao su Đồng Phú,normal,300 triệu,0,x\n", encoding="utf-8")
    table = rules.read_units(path)
    assert table.ids == ["DN-01", "DN-03"] and table.rows == [2, 4] and table.rows_read == 3
    assert len(table.errors) == 1
    error = table.errors[0]
    assert (error.row, error.column) == (3, "contribution")
    assert "ba trăm triệu" in error.message
    assert any("ghi_chú" in w for w in table.warnings), table.warnings
    verdicts = rules.evaluate_many(table)
    assert [v["đóng_góp_đủ"] for v in verdicts] == ["eligible", "eligible"]
    assert verdicts[1]["hỗ_trợ_xã"] == "not_eligible"
    with pytest.raises(thidua.RulesFileError):
        rules.read_units(tmp_path / "không_có.csv")
    other = thidua.compile(text=RULES, path="khac.td")
    with pytest.raises(thidua.UsageError):
        other.evaluate_many(table)


LISTS = REPO / "tests" / "data" / "lists"


def test_lists_for_evaluate_and_explain():
    # A hypothetical list of difficult communes (tests/data/lists/communes.td):
    # 10/QĐ-UBND lists XA-01 and XA-02 until 31/12/2023, 20/QĐ-UBND lists
    # XA-02 and XA-03 from 1/1/2024.
    rules = thidua.compile(path=str(LISTS / "communes.td"))
    units = {u["id"]: u for u in _jsonl(LISTS / "units.jsonl")}
    lists = {"difficult_communes": LISTS / "difficult_communes.csv"}
    name = "enough_contribution"
    dn1 = units["DN-1"]  # 250 triệu, supports XA-01
    assert rules.evaluate(dn1, as_of="2023-12-31", lists=lists)[name] == "eligible"
    assert rules.evaluate(dn1, as_of="2024-01-01", lists=lists)[name] == "not_eligible"
    # Without the list, whether XA-01 is difficult is not known.
    assert rules.evaluate(dn1, as_of="2023-12-31")[name] == "undetermined"
    text = rules.explain_text(dn1, name, lang="en", as_of="2024-01-01", lists=lists)
    assert "20/QĐ-UBND" in text, text
    tree = rules.explain(dn1, name, lang="vi", as_of="2024-01-01", lists=lists)
    assert tree["status"] == "not_eligible"
    with pytest.raises(thidua.RulesFileError, match="difficult_communes"):
        rules.evaluate(dn1, lists={"difficult_communes": LISTS / "không_có.csv"})
    with pytest.raises(thidua.DataError, match="bad_rows.csv"):
        rules.evaluate(dn1, lists={"difficult_communes": LISTS / "bad_rows.csv"})
