// Reading units from CSV and JSON: every conversion, every kind of malformed
// input, the accounting of rows, and the sample units of every rule folder.
#include <filesystem>
#include <memory>
#include <string>

#include "absl/strings/str_join.h"
#include "check/program.hpp"
#include "eval/ops.hpp"
#include "eval/value.hpp"
#include "io/convert.hpp"
#include "io/flat_list.hpp"
#include "io/read.hpp"
#include "syntax/literals.hpp"
#include "test_util.hpp"

namespace thidua::internal {
namespace {

constexpr std::string_view kRules = R"td(
enum region "Vùng" {
  normal "Vùng bình thường",
  ethnic_minority "Vùng đồng bào dân tộc thiểu số",
  difficult "Vùng khó khăn"
}

unit enterprise "Doanh nghiệp" {
  name: text "Tên"
  region: region
  contribution: money
  supported_communes: int
  share: optional percent
  ratio: optional decimal
  founded: optional date
  value_chain: assessed "Có liên kết chuỗi giá trị"
  certified: optional bool
  ocop_products: optional list of { name: text, stars: int }
}

unit commune "Xã" {
  name: text
  population: optional int
}

criterion enough_contribution for enterprise "Đóng góp từ 300 triệu":
  contribution >= 300 triệu
  except region in {ethnic_minority, difficult}: contribution >= 200 triệu
criterion populous for commune: population >= 1000
)td";

const Program& TestProgram() {
  static const Compilation* c = [] {
    auto r = CompileText(kRules, "t.td");
    EXPECT_TRUE(r.ok()) << r.status();
    auto* out = new Compilation(*std::move(r));
    EXPECT_TRUE(out->ok()) << FormatDiagnostics(out->diagnostics);
    return out;
  }();
  return c->rules->program();
}

const FieldInfo& Field(std::string_view kind, std::string_view name) {
  const Program& p = TestProgram();
  const RecordInfo& r =
      p.records[static_cast<size_t>(p.units[static_cast<size_t>(p.FindUnit(kind))].record)];
  return r.fields[static_cast<size_t>(r.Find(name))];
}

// Converts `text` for enterprise.`field`; the unit keeps texts and lists.
absl::StatusOr<Value> Convert(std::string_view field, std::string_view text,
                              Language language = Language::kEnglish) {
  static UnitData* unit = new UnitData();
  return ConvertText(TestProgram(), Field("enterprise", field), text, *unit,
                     language);
}

Fixed Num(std::string_view text) { return *Fixed::Parse(text); }

std::string Error(const absl::StatusOr<Value>& v) {
  return v.ok() ? "(ok)" : std::string(v.status().message());
}

Value Slot(const UnitData& u, std::string_view name) {
  const Program& p = TestProgram();
  const RecordInfo& r =
      p.records[static_cast<size_t>(p.units[static_cast<size_t>(u.kind)].record)];
  return u.slots[static_cast<size_t>(r.Find(name))];
}

std::string AllErrors(const ReadResult& r) {
  std::string out;
  for (const RowError& e : r.errors) out += FormatRowError(e, Language::kEnglish) + "\n";
  return out;
}

void ExpectAccounted(const ReadResult& r) {
  EXPECT_EQ(r.rows_read, static_cast<int64_t>(r.units.size() + r.errors.size()));
  EXPECT_EQ(r.units.size(), r.unit_rows.size());
}

// --- conversions -----------------------------------------------------------

TEST(IoConvertTest, Bool) {
  for (const char* yes : {"true", "TRUE", "True", "1", "có", "Có", "x", "X"}) {
    auto v = Convert("value_chain", yes);
    ASSERT_TRUE(v.ok()) << yes << ": " << Error(v);
    EXPECT_EQ(v->tag, Value::kBool);
    EXPECT_TRUE(v->b) << yes;
  }
  for (const char* no : {"false", "FALSE", "0", "không", "Không"}) {
    auto v = Convert("value_chain", no);
    ASSERT_TRUE(v.ok()) << no;
    EXPECT_FALSE(v->b) << no;
  }
  EXPECT_EQ(Error(Convert("value_chain", "maybe")),
            "'maybe' is not yes or no (expected true/false, 1/0, có/không or x)");
}

TEST(IoConvertTest, EmptyIsUnknownNeverFalse) {
  for (const char* field : {"value_chain", "contribution", "name", "region"}) {
    auto v = Convert(field, "  ");
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->tag, Value::kUnknown) << field;
  }
}

TEST(IoConvertTest, Int) {
  struct Case { const char* text; int64_t value; };
  for (Case c : {Case{"12", 12}, Case{"-3", -3}, Case{"+4", 4},
                 Case{"1_000", 1000}, Case{"1.000", 1000},
                 Case{"1,000,000", 1000000}, Case{" 7 ", 7},
                 Case{"9223372036854775807", INT64_MAX}}) {
    auto v = Convert("supported_communes", c.text);
    ASSERT_TRUE(v.ok()) << c.text << ": " << Error(v);
    EXPECT_EQ(v->number(), Fixed::FromInt(c.value)) << c.text;
  }
  for (const char* bad : {"1.5", "1,5", "1.00", "1.000,5", "1.000,000", "12a",
                          "", "-", "1..000", ".100"}) {
    if (*bad == '\0') continue;
    EXPECT_FALSE(Convert("supported_communes", bad).ok()) << bad;
  }
  EXPECT_EQ(Error(Convert("supported_communes", "1,5")),
            "'1,5' is not a whole number (expected e.g. 12, -3, 1.000)");
  EXPECT_EQ(Error(Convert("supported_communes", "9223372036854775808")),
            "'9223372036854775808' is too large for a whole number");
  EXPECT_FALSE(Convert("supported_communes", "99999999999999999999999999999999999999999").ok());
}

TEST(IoConvertTest, Decimal) {
  EXPECT_EQ(Convert("ratio", "1,5")->number(), Num("1.5"));
  EXPECT_EQ(Convert("ratio", "0.25")->number(), Num("0.25"));
  EXPECT_EQ(Convert("ratio", "-2")->number(), Num("-2"));
  EXPECT_EQ(Error(Convert("ratio", "abc")),
            "'abc' is not a number (expected e.g. 1,5 or 1.5)");
}

TEST(IoConvertTest, Money) {
  struct Case { const char* text; const char* dong; };
  for (Case c : {Case{"300 triệu", "300000000"}, Case{"1,5 tỷ", "1500000000"},
                 Case{"1.5 tỷ", "1500000000"}, Case{"300.000.000", "300000000"},
                 Case{"300,000,000", "300000000"}, Case{"300000000", "300000000"},
                 Case{"300000000 đồng", "300000000"},
                 Case{"300.000.000 VND", "300000000"},
                 Case{"300.000.000 VNĐ", "300000000"},
                 Case{"300.000.000 vnđ", "300000000"},
                 Case{"300.000.000đ", "300000000"},
                 Case{"50 nghìn", "50000"}, Case{"300 Triệu", "300000000"},
                 Case{"300triệu", "300000000"}, Case{"2 tỉ", "2000000000"},
                 Case{"1.500.000 triệu", "1500000000000"},
                 Case{"0 đồng", "0"}, Case{"-5 triệu", "-5000000"}}) {
    auto v = Convert("contribution", c.text);
    ASSERT_TRUE(v.ok()) << c.text << ": " << Error(v);
    EXPECT_EQ(v->number(), Num(c.dong)) << c.text;
  }
  EXPECT_EQ(Error(Convert("contribution", "300 trieu")),
            "'300 trieu' is not an amount of money (expected e.g. 300 triệu, "
            "1,5 tỷ, 300.000.000)");
  EXPECT_FALSE(Convert("contribution", "250tr").ok());
  EXPECT_FALSE(Convert("contribution", "triệu").ok());
  EXPECT_EQ(Error(Convert("contribution", "1,5")),
            "amount '1,5' is not a whole number of đồng");
  EXPECT_EQ(Error(Convert("contribution", "1,0000001 triệu")),
            "amount '1,0000001 triệu' is not a whole number of đồng");
  EXPECT_NE(Error(Convert("contribution", "1.500 tỷ")).find("ambiguous"),
            std::string::npos);
  EXPECT_EQ(Error(Convert("contribution", "300 trieu", Language::kVietnamese)),
            "'300 trieu' không phải số tiền (ví dụ 300 triệu, 1,5 tỷ, "
            "300.000.000)");
}

TEST(IoConvertTest, Percent) {
  EXPECT_EQ(Convert("share", "40%")->number(), Num("0.4"));
  EXPECT_EQ(Convert("share", "12,5%")->number(), Num("0.125"));
  EXPECT_EQ(Convert("share", "12.5 %")->number(), Num("0.125"));
  EXPECT_EQ(Error(Convert("share", "40")),
            "'40' is not a percentage (expected e.g. 40% or 12,5%)");
}

TEST(IoConvertTest, Date) {
  auto iso = Convert("founded", "2023-03-15");
  auto vn = Convert("founded", "15/3/2023");
  ASSERT_TRUE(iso.ok() && vn.ok());
  EXPECT_EQ(iso->tag, Value::kDate);
  EXPECT_EQ(iso->i, vn->i);
  EXPECT_EQ(iso->i, *ParseDate("2023-03-15"));
  EXPECT_EQ(Convert("founded", "15/03/2023")->i, iso->i);
  EXPECT_EQ(Error(Convert("founded", "31/2/2023")),
            "'31/2/2023' is not a valid date (expected e.g. 15/3/2023 or "
            "2023-03-15)");
  EXPECT_FALSE(Convert("founded", "2023/03/15").ok());
  EXPECT_FALSE(Convert("founded", "hôm qua").ok());
}

TEST(IoConvertTest, EnumByNameOrLabel) {
  EXPECT_EQ(Convert("region", "difficult")->i, 2);
  EXPECT_EQ(Convert("region", "Vùng khó khăn")->i, 2);
  // the label typed decomposed (NFD) is the same label
  EXPECT_EQ(Convert("region", "Vu\xcc\x80ng kho\xcc\x81 kha\xcc\x86n")->i, 2);
  EXPECT_EQ(Error(Convert("region", "dificult")),
            "unknown value 'dificult' for enum region; expected one of: "
            "normal, ethnic_minority, difficult (did you mean 'difficult'?)");
  EXPECT_EQ(Error(Convert("region", "xyz")),
            "unknown value 'xyz' for enum region; expected one of: normal, "
            "ethnic_minority, difficult");
  EXPECT_NE(Error(Convert("region", "vùng khó khăn x", Language::kVietnamese))
                .find("không thuộc kiểu liệt kê region"),
            std::string::npos);
}

TEST(IoConvertTest, TextIsNfcAndValidUtf8) {
  auto v = Convert("name", "  Xa\xcc\x83 Ta\xcc\x82n La\xcc\xa3\xcc\x82p ");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->text(), "Xã Tân Lập");
  EXPECT_EQ(Error(Convert("name", "X\xff")),
            "the value is not valid UTF-8 (bad byte at position 2); save the "
            "file as UTF-8");
  EXPECT_FALSE(Convert("contribution", "3\xc3 triệu").ok());
}

TEST(IoConvertTest, ListCellIsJsonArray) {
  auto v = Convert("ocop_products",
                   R"([{"name": "Hạt điều", "stars": 4}, {"name": "Tiêu", "stars": "3"}])");
  ASSERT_TRUE(v.ok()) << Error(v);
  ASSERT_EQ(v->tag, Value::kList);
  ASSERT_EQ(v->list->size(), 2u);
  EXPECT_EQ(v->list->element(0)[0].text(), "Hạt điều");
  EXPECT_EQ(v->list->element(1)[1].number(), Fixed::FromInt(3));
  EXPECT_EQ(Error(Convert("ocop_products",
                          R"([{"name": "a", "stars": 4}, {"name": "b"}])")),
            "ocop_products[2].stars: required field 'ocop_products[2].stars' "
            "has no value");
  EXPECT_EQ(Error(Convert("ocop_products", R"([{"name": "a", "stars": "bốn"}])")),
            "ocop_products[1].stars: 'bốn' is not a whole number (expected "
            "e.g. 12, -3, 1.000)");
  EXPECT_FALSE(Convert("ocop_products", "Hạt điều, Tiêu").ok());
  EXPECT_FALSE(Convert("ocop_products", "[1, 2]").ok());
  EXPECT_FALSE(Convert("ocop_products", R"({"name": "a"})").ok());
  EXPECT_EQ(Convert("ocop_products", "[]")->list->size(), 0u);
}

// The plain list cell is read without a JSON document (io/flat_list.cc). It
// must give what the general reading (ParseJson, ConvertJsonValue) gives,
// and leave every other form, and every problem, to it.
TEST(IoConvertTest, PlainListCellsReadWithoutADocumentAsTheGeneralWay) {
  const FieldInfo& field = Field("enterprise", "ocop_products");
  io::Context ctx;
  ctx.program = &TestProgram();
  auto general = [&](std::string_view text, UnitData& unit) -> std::optional<Value> {
    io::json j;
    if (io::ParseJson(ctx, text, &j)) return std::nullopt;
    Value v;
    if (io::ConvertJsonValue(ctx, field, j, "ocop_products", unit, &v)) return std::nullopt;
    return v;
  };
  auto same = [](Value a, Value b) {
    if (a.tag != Value::kList || b.tag != Value::kList) return false;
    if (a.list->width != b.list->width || a.list->cells.size() != b.list->cells.size()) {
      return false;
    }
    for (size_t i = 0; i < a.list->cells.size(); ++i) {
      if (!SameValue(a.list->cells[i], b.list->cells[i])) return false;
    }
    return true;
  };
  for (std::string_view text :
       {"[]", R"([{"name": "Hạt điều", "stars": 4}])",
        " [ {\"stars\":-0 , \"name\":\"a\"},{\"name\":\"Tiêu\",\"stars\":123456789012345678} ] ",
        R"([{"name": "  Cà phê  ", "stars": " 3 "}])",  // text through ConvertCell
        "[{\"name\": \"Cafe\xCC\x81\", \"stars\": 5}]",      // NFD, stored as NFC
        "[{\"name\": \"Tra\", \"stars\": 3},\r\n {\"name\": \"M\xE1\xBA\xADt ong\", \"stars\": 4}]"}) {
    UnitData fast_unit, general_unit;
    Value fast;
    ASSERT_TRUE(io::ReadFlatList(ctx, field, text, fast_unit, &fast)) << text;
    std::optional<Value> slow = general(text, general_unit);
    ASSERT_TRUE(slow.has_value()) << text;
    EXPECT_TRUE(same(fast, *slow)) << text;
  }
  for (std::string_view text : {
           R"([{"name": "a\"b", "stars": 4}])",              // an escape
           R"([{"name": "a", "stars": 4.0}])",               // a float: exact decimal reading
           R"([{"name": "a", "stars": 1e1}])",               //
           R"([{"name": "a", "stars": 1234567890123456789}])",  // 19 digits
           R"([{"name": "a", "stars": 01}])",                // not JSON
           R"([{"name": "a", "stars": 4, "colour": "red"}])",  // unknown: warned
           R"([{"name": "a", "stars": 4, "stars": 5}])",     // repeated
           R"([{"name": "a", "stars": [4]}])",               // nested
           R"([{"name": "a"}])",                             // required field missing
           R"([{"name": "a", "stars": "bốn"}])",             // a problem to word
           R"([{"name": 5, "stars": 4}])",                   // a number as text
           R"([{"name": "a", "stars": true}])",              //
           R"([{"tên": "a", "stars": 4}])",                  // a key to normalise
           R"([{"name": "a", "stars": 4},])",                //
           R"([{"name": "a", "stars": 4}] x)",               //
           "[{\"name\": \"a\xFF\", \"stars\": 4}]",           // invalid UTF-8
           "[{\"name\": \"a\tb\", \"stars\": 4}]",            // a control character
           "[1, 2]", R"({"name": "a", "stars": 4})", "[{\"name\": \"a\", \"stars\": truex}]"}) {
    UnitData unit;
    Value v;
    EXPECT_FALSE(io::ReadFlatList(ctx, field, text, unit, &v)) << text;
    EXPECT_TRUE(unit.lists.empty()) << text;
  }
}

// --- JSON --------------------------------------------------------------------

constexpr std::string_view kGoodEnterprise =
    R"({"kind": "enterprise", "id": "DN-01", "name": "Công ty A", "region": "normal", "contribution": 300000000, "supported_communes": 2, "value_chain": true})";

TEST(IoJsonTest, NumbersAreExact) {
  ReadOptions o;
  auto r = ReadJson(TestProgram(), R"([
    {"kind": "enterprise", "id": "a", "name": "A", "region": "normal",
     "contribution": 1.5e9, "supported_communes": 3.0, "value_chain": 1,
     "share": 0.4, "ratio": 0.1, "certified": 0},
    {"kind": "enterprise", "id": "b", "name": "B", "region": "difficult",
     "contribution": "250 triệu", "supported_communes": "1.000",
     "value_chain": "có", "share": "12,5%", "ratio": 1e-7,
     "founded": "15/3/2023"},
    {"kind": "enterprise", "id": 123, "name": "C", "region": "Vùng khó khăn",
     "contribution": 18446744073709551615, "supported_communes": -4,
     "value_chain": false, "ratio": 123456789.123456789}
  ])", o);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->units.size(), 3u) << AllErrors(*r);
  const UnitData& a = r->units[0];
  EXPECT_EQ(Slot(a, "contribution").number(), Num("1500000000"));
  EXPECT_EQ(Slot(a, "supported_communes").number(), Fixed::FromInt(3));
  EXPECT_TRUE(Slot(a, "value_chain").b);
  EXPECT_EQ(Slot(a, "share").number(), Num("0.4"));
  EXPECT_EQ(Slot(a, "ratio").number(), Num("0.1"));  // not 0.1000000000000000055
  EXPECT_EQ(Slot(a, "certified").tag, Value::kBool);
  EXPECT_FALSE(Slot(a, "certified").b);
  EXPECT_EQ(Slot(a, "founded").tag, Value::kUnknown);
  EXPECT_EQ(Slot(a, "ocop_products").tag, Value::kUnknown);
  const UnitData& b = r->units[1];
  EXPECT_EQ(Slot(b, "contribution").number(), Num("250000000"));
  EXPECT_EQ(Slot(b, "supported_communes").number(), Fixed::FromInt(1000));
  EXPECT_EQ(Slot(b, "share").number(), Num("0.125"));
  EXPECT_EQ(Slot(b, "ratio").number(), Num("0.0000001"));
  EXPECT_EQ(Slot(b, "region").i, 2);
  const UnitData& c = r->units[2];
  EXPECT_EQ(c.id(), "123");
  EXPECT_EQ(Slot(c, "contribution").number(), Num("18446744073709551615"));
  EXPECT_EQ(Slot(c, "region").i, 2);
  // a double holds ~17 digits: the shortest round-trip text is what is read
  EXPECT_EQ(Slot(c, "ratio").number(), Num("123456789.12345679"));
  ExpectAccounted(*r);
}

TEST(IoJsonTest, WrongTypesAndBadValues) {
  auto r = ReadJson(TestProgram(), R"([
    {"kind": "enterprise", "id": "1", "name": "A", "region": "normal", "contribution": {}, "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "2", "name": "A", "region": 3, "contribution": 1, "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "3", "name": "A", "region": "normal", "contribution": 1.5, "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "4", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 2.5, "value_chain": true},
    {"kind": "enterprise", "id": "5", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 2, "value_chain": 2},
    {"kind": "enterprise", "id": "6", "name": ["A"], "region": "normal", "contribution": 1, "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "7", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 2, "value_chain": true, "founded": "hôm nay"},
    {"kind": "enterprise", "id": "8", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 1e30, "value_chain": true},
    {"kind": "enterprise", "id": "9", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 2, "value_chain": true, "ocop_products": {"name": "x"}}
  ])", {});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->units.empty());
  ASSERT_EQ(r->errors.size(), 9u);
  ExpectAccounted(*r);
  auto at = [&](size_t i) { return FormatRowError(r->errors[i], Language::kEnglish); };
  EXPECT_EQ(at(0), "row 1, column contribution: expected money, found an object");
  EXPECT_EQ(at(1), "row 2, column region: expected enum region, found a number");
  EXPECT_EQ(at(2), "row 3, column contribution: amount '1.5' is not a whole number of đồng");
  EXPECT_EQ(at(3), "row 4, column supported_communes: '2.5' is not a whole number (expected e.g. 12, -3, 1.000)");
  EXPECT_EQ(at(4), "row 5, column value_chain: '2' is not yes or no (expected true/false, 1/0, có/không or x)");
  EXPECT_EQ(at(5), "row 6, column name: expected text, found a list");
  EXPECT_EQ(r->errors[6].column, "founded");
  EXPECT_EQ(r->errors[7].message, "'1e+30' is too large for a whole number");
  EXPECT_EQ(r->errors[8].column, "ocop_products");
}

TEST(IoJsonTest, MissingRequiredFieldAndNulls) {
  auto r = ReadJson(TestProgram(), R"([
    {"kind": "enterprise", "id": "1", "name": "A", "region": "normal", "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "2", "name": "A", "region": "normal", "contribution": null, "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "id": "3", "name": "A", "region": "normal", "contribution": "", "supported_communes": 2, "value_chain": true},
    {"kind": "enterprise", "name": "A", "region": "normal", "contribution": 5, "supported_communes": 2, "value_chain": true, "share": null, "ratio": "", "ocop_products": []},
    {"kind": "enterprise", "id": "5", "name": "A", "region": "normal", "contribution": 5, "supported_communes": 2, "value_chain": true, "ocop_products": [{"name": "a", "stars": 3}, {"stars": 3}]}
  ])", {});
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectAccounted(*r);
  ASSERT_EQ(r->errors.size(), 4u) << AllErrors(*r);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(FormatRowError(r->errors[static_cast<size_t>(i)], Language::kEnglish),
              "row " + std::to_string(i + 1) +
                  ", column contribution: required field 'contribution' has no value");
  }
  EXPECT_EQ(r->errors[3].row, 5);
  EXPECT_EQ(r->errors[3].column, "ocop_products[2].name");
  ASSERT_EQ(r->units.size(), 1u);
  EXPECT_EQ(r->unit_rows[0], 4);
  EXPECT_EQ(r->units[0].id(), "");  // id is optional
  EXPECT_EQ(Slot(r->units[0], "share").tag, Value::kUnknown);
  EXPECT_EQ(Slot(r->units[0], "ratio").tag, Value::kUnknown);
  EXPECT_EQ(Slot(r->units[0], "ocop_products").list->size(), 0u);

  ReadOptions vi;
  vi.language = Language::kVietnamese;
  auto v = ReadJson(TestProgram(), R"({"kind": "commune", "id": "X"})", vi);
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->errors.size(), 1u);
  EXPECT_EQ(FormatRowError(v->errors[0], Language::kVietnamese),
            "dòng 1, cột name: trường bắt buộc 'name' chưa có giá trị");
}

TEST(IoJsonTest, UnknownFieldsWarnOncePerName) {
  auto r = ReadJson(TestProgram(), R"([
    {"kind": "commune", "id": "1", "name": "A", "ghi chú": "x", "extra": 1},
    {"kind": "commune", "id": "2", "name": "B", "ghi chú": "y"},
    {"kind": "commune", "id": "3", "name": "C", "ghi chú": null, "extra": 2}
  ])", {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->units.size(), 3u);
  ASSERT_EQ(r->warnings.size(), 2u);
  EXPECT_EQ(r->warnings[0],
            "'ghi chú' is not a field of 'commune' (first in row 1); its "
            "values are ignored");
}

TEST(IoJsonTest, UnknownKindAndDuplicateId) {
  std::string text = std::string(kGoodEnterprise) + "\n" +
                     R"({"kind": "enterprize", "id": "DN-02", "name": "B"})" + "\n" +
                     std::string(kGoodEnterprise) + "\n" +
                     R"({"id": "DN-03", "name": "C"})" + "\n";
  auto r = ReadJson(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectAccounted(*r);
  ASSERT_EQ(r->units.size(), 1u);
  ASSERT_EQ(r->errors.size(), 3u);
  EXPECT_EQ(FormatRowError(r->errors[0], Language::kEnglish),
            "row 2, column kind: unknown unit kind 'enterprize'; the kinds "
            "are: enterprise, commune (did you mean 'enterprise'?)");
  EXPECT_EQ(FormatRowError(r->errors[1], Language::kEnglish),
            "row 3, column id: id 'DN-01' is already used in row 1");
  EXPECT_EQ(r->errors[2].row, 4);
  EXPECT_NE(r->errors[2].message.find("does not say its unit kind"), std::string::npos);

  // a default kind fills in; an unknown default is refused at once
  ReadOptions o;
  o.default_kind = "commune";
  auto d = ReadJson(TestProgram(), R"({"id": "X", "name": "Xã A"})", o);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->units.size(), 1u);
  o.default_kind = "Xã";  // a kind's label works too
  EXPECT_EQ(ReadJson(TestProgram(), R"({"id": "X", "name": "Xã A"})", o)->units.size(), 1u);
  o.default_kind = "village";
  EXPECT_FALSE(ReadJson(TestProgram(), "[]", o).ok());
}

TEST(IoJsonTest, JsonLinesBadLineDoesNotStopTheOthers) {
  std::string text = std::string(kGoodEnterprise) + "\n\n" +
                     R"({"kind": "commune", "id": "X1", "name": "A",)" + "\n" +
                     R"([1, 2])" + "\n" +
                     R"({"kind": "commune", "id": "X2", "name": "B"})" + "\r\n" +
                     R"({"kind": "commune", "id": "X3", "name": "C"} {})" + "\n" +
                     R"({"kind": "commune", "id": "X4", "name": "D"})";
  auto r = ReadJson(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectAccounted(*r);
  EXPECT_EQ(r->rows_read, 6);
  ASSERT_EQ(r->units.size(), 3u);
  EXPECT_EQ(r->unit_rows, (std::vector<int64_t>{1, 5, 7}));
  ASSERT_EQ(r->errors.size(), 3u);
  EXPECT_EQ(r->errors[0].row, 3);
  EXPECT_EQ(r->errors[0].message, "the JSON ends too early (is the file truncated?)");
  EXPECT_EQ(r->errors[1].row, 4);
  EXPECT_EQ(r->errors[1].message, "the row is not a JSON object {...}");
  EXPECT_EQ(r->errors[2].row, 6);
  EXPECT_NE(r->errors[2].message.find("malformed JSON near character"), std::string::npos);
}

TEST(IoJsonTest, JsonLinesWithMalformedFirstLine) {
  std::string text = std::string(R"({"kind": "commune", "id": "X1")") + "\n" +
                     R"({"kind": "commune", "id": "X2", "name": "B"})" + "\n";
  auto r = ReadJson(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->units.size(), 1u);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].row, 1);
}

TEST(IoJsonTest, DocumentForms) {
  auto units = ReadJson(TestProgram(), R"({"plan": "x", "units": [
      {"kind": "commune", "id": "1", "name": "A"},
      "not an object",
      {"kind": "commune", "id": "3", "name": "C"},
    ]})", {});
  ASSERT_TRUE(units.ok()) << units.status();
  ExpectAccounted(*units);
  EXPECT_EQ(units->units.size(), 2u);
  EXPECT_EQ(units->unit_rows, (std::vector<int64_t>{1, 3}));
  ASSERT_EQ(units->errors.size(), 2u);
  EXPECT_EQ(units->errors[0].row, 2);
  EXPECT_EQ(units->errors[1].row, 4);  // the trailing comma
  EXPECT_EQ(units->errors[1].message, "empty element in the JSON array (one comma too many?)");

  auto truncated = ReadJson(TestProgram(), R"([
      {"kind": "commune", "id": "1", "name": "A"},
      {"kind": "commune", "id": "2", "na)", {});
  ASSERT_TRUE(truncated.ok());
  ExpectAccounted(*truncated);
  EXPECT_EQ(truncated->units.size(), 1u);
  ASSERT_EQ(truncated->errors.size(), 1u);
  EXPECT_EQ(truncated->errors[0].row, 2);
  EXPECT_EQ(truncated->warnings.size(), 1u);

  EXPECT_EQ(ReadJson(TestProgram(), "[]", {})->rows_read, 0);
  EXPECT_FALSE(ReadJson(TestProgram(), "", {}).ok());
  EXPECT_FALSE(ReadJson(TestProgram(), "42", {}).ok());
  EXPECT_FALSE(ReadJson(TestProgram(), R"({"units": 3})", {}).ok());
  EXPECT_FALSE(ReadJson(TestProgram(), "{\n\"kind\": \"commune\",\n", {}).ok());
  // BOM and a single object
  auto one = ReadJson(TestProgram(), "\xEF\xBB\xBF{\"kind\": \"commune\", \"name\": \"A\"}", {});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->units.size(), 1u);
}

TEST(IoJsonTest, InvalidUtf8IsARowError) {
  std::string text = std::string(R"({"kind": "commune", "id": "1", "name": "A)") +
                     "\xC3\x28" + "\"}\n" +
                     R"({"kind": "commune", "id": "2", "name": "B"})";
  auto r = ReadJson(TestProgram(), text, {});
  ASSERT_TRUE(r.ok());
  ExpectAccounted(*r);
  EXPECT_EQ(r->units.size(), 1u);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_NE(r->errors[0].message.find("UTF-8"), std::string::npos);
}

TEST(IoJsonTest, DeepNestingIsRefusedWithoutRecursion) {
  std::string deep(200000, '[');
  auto a = ReadJson(TestProgram(), deep, {});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->errors.size(), 1u);
  EXPECT_EQ(a->errors[0].message, "nesting deeper than 64 levels");
  std::string lines = std::string(kGoodEnterprise) + "\n{\"a\": " +
                      std::string(100000, '[') + "\n";
  auto b = ReadJson(TestProgram(), lines, {});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->units.size(), 1u);
  EXPECT_EQ(b->errors.size(), 1u);
  EXPECT_FALSE(UnitFromJson(TestProgram(), std::string(100000, '{'), {}).ok());
  EXPECT_FALSE(Convert("ocop_products", std::string(100000, '[')).ok());
  // 60 levels is fine for the scanner (the field is wrong, not the JSON)
  std::string ok = "{\"kind\": \"commune\", \"name\": \"A\", \"x\": " +
                   std::string(60, '[') + std::string(60, ']') + "}";
  EXPECT_EQ(ReadJson(TestProgram(), ok, {})->units.size(), 1u);
}

TEST(IoJsonTest, HugeNumbersAreRowErrors) {
  auto r = ReadJson(TestProgram(), R"({"kind": "commune", "id": "1", "name": "A", "population": 1e400}
{"kind": "commune", "id": "2", "name": "B", "population": 123456789012345678901234567890}
{"kind": "commune", "id": "3", "name": "C", "population": -9223372036854775808}
)", {});
  ASSERT_TRUE(r.ok());
  ExpectAccounted(*r);
  ASSERT_EQ(r->units.size(), 1u) << AllErrors(*r);
  EXPECT_EQ(r->unit_rows[0], 3);
  ASSERT_EQ(r->errors.size(), 2u);
  EXPECT_EQ(r->errors[0].row, 1);
  EXPECT_EQ(r->errors[0].message, "number '1e400' is malformed or too large");
  EXPECT_EQ(r->errors[1].message, "'1.2345678901234568e+29' is too large for a whole number");
}

TEST(IoJsonTest, Limits) {
  std::string text;
  for (int i = 0; i < 5; ++i) {
    text += R"({"kind": "commune", "id": "X)" + std::to_string(i) + R"(", "name": "A"})" "\n";
  }
  ReadOptions o;
  o.max_rows = 3;
  auto r = ReadJson(TestProgram(), text, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->units.size(), 3u);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].row, 4);
  EXPECT_EQ(r->errors[0].message,
            "the limit of 3 rows was reached; this row and those after it were not read");
  ExpectAccounted(*r);
  auto arr = ReadJson(TestProgram(), "[" + std::string(kGoodEnterprise) + "," +
                                         std::string(kGoodEnterprise) + "]", [] {
    ReadOptions x;
    x.max_rows = 1;
    return x;
  }());
  ASSERT_TRUE(arr.ok());
  EXPECT_EQ(arr->rows_read, 2);
  EXPECT_TRUE(arr->warnings.empty());

  ReadOptions l;
  l.max_list_length = 2;
  auto lists = ReadJson(TestProgram(), R"({"kind": "enterprise", "name": "A", "region": "normal", "contribution": 1, "supported_communes": 1, "value_chain": true, "ocop_products": [{"name": "a", "stars": 1}, {"name": "b", "stars": 1}, {"name": "c", "stars": 1}]})", l);
  ASSERT_TRUE(lists.ok());
  ASSERT_EQ(lists->errors.size(), 1u);
  EXPECT_EQ(lists->errors[0].message, "the list has 3 elements, more than the limit of 2");
}

TEST(IoJsonTest, UnitFromJson) {
  auto u = UnitFromJson(TestProgram(), kGoodEnterprise, {});
  ASSERT_TRUE(u.ok()) << u.status();
  EXPECT_EQ(u->id(), "DN-01");
  EXPECT_EQ(Slot(*u, "contribution").number(), Num("300000000"));
  auto bad = UnitFromJson(TestProgram(), R"({"kind": "enterprise", "contribution": "300 trieu"})", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("contribution: '300 trieu' is not an amount of money"),
            std::string::npos) << bad.status();
  EXPECT_FALSE(UnitFromJson(TestProgram(), "[]", {}).ok());
  EXPECT_FALSE(UnitFromJson(TestProgram(), "{\"kind\": ", {}).ok());
}

// --- CSV -------------------------------------------------------------------

constexpr std::string_view kHeader =
    "kind,id,name,region,contribution,supported_communes,value_chain,ocop_products,ghi chú\n";

TEST(IoCsvTest, ReadsAUnitPerRecord) {
  std::string text = std::string(kHeader) +
      "enterprise,DN-01,Công ty A,difficult,250 triệu,2,x,\"[{\"\"name\"\": \"\"Hạt điều\"\", \"\"stars\"\": 4}]\",khá\n"
      "commune,X-01,Xã Tân Lập,,,,,,\n";
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->units.size(), 2u) << AllErrors(*r);
  EXPECT_EQ(r->unit_rows, (std::vector<int64_t>{2, 3}));
  const UnitData& e = r->units[0];
  EXPECT_EQ(e.id(), "DN-01");
  EXPECT_EQ(Slot(e, "name").text(), "Công ty A");
  EXPECT_EQ(Slot(e, "region").i, 2);
  EXPECT_EQ(Slot(e, "contribution").number(), Num("250000000"));
  EXPECT_TRUE(Slot(e, "value_chain").b);
  ASSERT_EQ(Slot(e, "ocop_products").tag, Value::kList);
  EXPECT_EQ(Slot(e, "ocop_products").list->element(0)[1].number(), Fixed::FromInt(4));
  EXPECT_EQ(Slot(e, "share").tag, Value::kUnknown);
  EXPECT_EQ(r->units[1].kind, TestProgram().FindUnit("commune"));
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "column 'ghi chú' is not a field of any unit kind; it is ignored");
}

// A file valid as a whole is checked for UTF-8 once, and text made only of
// precomposed letters is stored without asking ICU (csv.cc, convert.cc
// SurelyNfc): text that is not NFC must still come out NFC, in cells and in
// list elements, and text already NFC unchanged.
TEST(IoCsvTest, ValidFileTextComesOutNfc) {
  std::string text = std::string(kHeader) +
      // "Hợp tác xã Đồng Phú" precomposed (Latin-1, Extended-A/B, U+1Exx)
      "enterprise,DN-01,Hợp tác xã Đồng Phú,normal,1 tỷ,1,x,"
      // list element "Ơ" + U+0301 (NFD of "Ớ") and the ohm sign U+2126 (NFC: U+03A9)
      "\"[{\"\"name\"\": \"\"\xc6\xa0\xcc\x81 \xe2\x84\xa6\"\", \"\"stars\"\": 3}]\",\n"
      // "Xã" as X + a + U+0303, "Ư" followed by U+0301 (NFC: U+1EE8 "Ứ")
      "enterprise,DN-02,Xa\xcc\x83 \xc6\xaf\xcc\x81,normal,1 tỷ,1,x,,\n";
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->units.size(), 2u) << AllErrors(*r);
  EXPECT_EQ(Slot(r->units[0], "name").text(), "Hợp tác xã Đồng Phú");
  const Value& list = Slot(r->units[0], "ocop_products");
  ASSERT_EQ(list.tag, Value::kList);
  EXPECT_EQ(list.list->element(0)[0].text(), "\xe1\xbb\x9a \xce\xa9");  // "Ớ Ω"
  EXPECT_EQ(Slot(r->units[1], "name").text(), "Xã \xe1\xbb\xa8");     // "Xã Ứ"
}

TEST(IoCsvTest, DelimitersBomCrlfAndQuotes) {
  const char* expected_name = "Công ty \"A\", chi nhánh\nBình Phước";
  for (const char* delimiter : {",", ";", "\t"}) {
    std::string d = delimiter;
    std::string text = "\xEF\xBB\xBF" "kind" + d + "id" + d + "name" + d + "region" + d +
        "contribution" + d + "supported_communes" + d + "value_chain\r\n" +
        "enterprise" + d + "A" + d + "\"Công ty \"\"A\"\", chi nhánh\r\nBình Phước\"" + d +
        "normal" + d + "\"1,5 tỷ\"" + d + "1" + d + "có\r\n" +
        "\r\n" +
        "enterprise" + d + "B" + d + "B" + d + "normal" + d + "300000000" + d + "1" + d + "không\r\n";
    auto r = ReadCsv(TestProgram(), text, {});
    ASSERT_TRUE(r.ok()) << r.status();
    ASSERT_EQ(r->units.size(), 2u) << "delimiter '" << d << "'\n" << AllErrors(*r);
    EXPECT_EQ(Slot(r->units[0], "name").text(), expected_name);
    EXPECT_EQ(Slot(r->units[0], "contribution").number(), Num("1500000000"));
    EXPECT_EQ(r->units[0].id(), "A");  // BOM not glued to "kind"
    // the first record spans lines 2–3, a blank line 4, the next starts at 5
    EXPECT_EQ(r->unit_rows, (std::vector<int64_t>{2, 5}));
    EXPECT_TRUE(r->warnings.empty());
  }
}

TEST(IoCsvTest, MalformedRows) {
  std::string text = std::string(kHeader) +
      "enterprise,DN-01,Công ty A,normal,300 triệu,2,x,,\n"       // 2 ok
      "enterprise,DN-02,Công ty B,normal,300 trieu,2,x,,\n"       // 3 bad money
      "enterprise,DN-03,Công ty C,normal\n"                       // 4 short row
      "enterprise;DN-04;Công ty D;normal;300 triệu;2;x;;\n"       // 5 wrong delimiter
      "enterprise,DN-01,Công ty E,normal,300 triệu,2,x,,\n"       // 6 duplicate id
      "enterprise,DN-05,Công ty F,vùng sâu,300 triệu,2,x,,\n"     // 7 enum
      "enterprise,DN-06,,normal,300 triệu,2,x,,\n"                // 8 missing name
      "enterprise,DN-07,Công ty \xff,normal,300 triệu,2,x,,\n"    // 9 invalid UTF-8
      ",,,,,,,,\n"                                                // 10 blank
      "enterprise,DN-08,Công ty H,normal,300 triệu,hai,x,,\n"     // 11 bad int
      "huyện,DN-09,Công ty I,normal,300 triệu,2,x,,\n"            // 12 bad kind
      "enterprise,DN-10,Công ty J,normal,1 tỷ,2,x,,\n"            // 13 ok
      "enterprise,DN-11,\"Công ty K,normal,1 tỷ,2,x,,\n";         // 14 unclosed quote
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  ExpectAccounted(*r);
  EXPECT_EQ(r->rows_read, 12);
  EXPECT_EQ(r->unit_rows, (std::vector<int64_t>{2, 13}));
  ASSERT_EQ(r->errors.size(), 10u) << AllErrors(*r);
  std::vector<std::string> got;
  for (const RowError& e : r->errors) got.push_back(FormatRowError(e, Language::kEnglish));
  EXPECT_EQ(got[0], "row 3, column contribution: '300 trieu' is not an amount of money "
                    "(expected e.g. 300 triệu, 1,5 tỷ, 300.000.000)");
  EXPECT_EQ(got[1], "row 4: the row has 4 cells but the header has 9 (a truncated "
                    "line, or another delimiter?)");
  EXPECT_EQ(got[2], "row 5: the row has 1 cells but the header has 9 (a truncated "
                    "line, or another delimiter?)");
  EXPECT_EQ(got[3], "row 6, column id: id 'DN-01' is already used in row 2");
  EXPECT_EQ(r->errors[4].row, 7);
  EXPECT_EQ(r->errors[4].column, "region");
  EXPECT_EQ(got[5], "row 8, column name: required field 'name' has no value");
  EXPECT_EQ(r->errors[6].row, 9);
  EXPECT_NE(got[6].find("not valid UTF-8"), std::string::npos);
  EXPECT_EQ(r->errors[7].row, 11);
  EXPECT_EQ(r->errors[7].column, "supported_communes");
  EXPECT_EQ(r->errors[8].row, 12);
  EXPECT_EQ(r->errors[8].column, "kind");
  EXPECT_EQ(got[9], "row 14: a quoted cell is not closed before the end of the file");

  ReadOptions vi;
  vi.language = Language::kVietnamese;
  auto v = ReadCsv(TestProgram(), text, vi);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(FormatRowError(v->errors[0], Language::kVietnamese),
            "dòng 3, cột contribution: '300 trieu' không phải số tiền (ví dụ "
            "300 triệu, 1,5 tỷ, 300.000.000)");
  EXPECT_EQ(FormatRowError(v->errors[3], Language::kVietnamese),
            "dòng 6, cột id: mã 'DN-01' đã được dùng ở dòng 2");
}

TEST(IoCsvTest, SeveralProblemsInOneRowAreOneError) {
  std::string text = std::string(kHeader) +
      "enterprise,DN-01,,vùng sâu,300 trieu,2,x,,\n";
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].column, "name");
  EXPECT_NE(r->errors[0].message.find("; region: unknown value 'vùng sâu'"), std::string::npos);
  EXPECT_NE(r->errors[0].message.find("; contribution: '300 trieu'"), std::string::npos);
}

TEST(IoCsvTest, Header) {
  // names trimmed and NFC-normalised; no kind column with a default kind
  ReadOptions o;
  o.default_kind = "commune";
  auto r = ReadCsv(TestProgram(), " id ; name ;population\nX1;Xa\xcc\x83 A;1.200\n", o);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->units.size(), 1u) << AllErrors(*r);
  EXPECT_EQ(Slot(r->units[0], "population").number(), Fixed::FromInt(1200));
  EXPECT_EQ(Slot(r->units[0], "name").text(), "Xã A");

  // no kind column, several kinds, no default: refused before any row
  auto no_kind = ReadCsv(TestProgram(), "id,name\nX1,A\n", {});
  ASSERT_FALSE(no_kind.ok());
  EXPECT_NE(no_kind.status().message().find("no 'kind' column"), std::string::npos);

  // nothing recognisable: no header line, or a foreign file
  auto none = ReadCsv(TestProgram(), "DN-01,Công ty A,300 triệu\n", {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(none.status().message().find("names no field"), std::string::npos)
      << none.status();
  EXPECT_FALSE(ReadCsv(TestProgram(), "", {}).ok());
  EXPECT_FALSE(ReadCsv(TestProgram(), "\xEF\xBB\xBF\n\n", {}).ok());
  EXPECT_FALSE(ReadCsv(TestProgram(), "kind,id,id\ncommune,a,b\n", {}).ok());

  // a column of another kind: a value there is ignored with one warning
  auto mixed = ReadCsv(TestProgram(),
                       "kind,id,name,population\ncommune,X,A,5\n"
                       "enterprise,E,B,7\nenterprise,F,C,8\n", {});
  ASSERT_TRUE(mixed.ok());
  ASSERT_EQ(mixed->warnings.size(), 1u);
  EXPECT_EQ(mixed->warnings[0],
            "'population' is not a field of 'enterprise' (first in row 3); its "
            "values are ignored");
  ExpectAccounted(*mixed);
}

TEST(IoCsvTest, BlankLinesAndRowNumbers) {
  std::string text = "\n\nkind,id,name\n\ncommune,X1,A\n   \ncommune,X2,\"B\nB\"\ncommune,X3,C";
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->unit_rows, (std::vector<int64_t>{5, 7, 9}));
  EXPECT_EQ(r->rows_read, 3);
}

TEST(IoCsvTest, Limits) {
  std::string text = "kind,id,name\n";
  for (int i = 0; i < 5; ++i) text += "commune,X" + std::to_string(i) + ",A\n";
  ReadOptions o;
  o.max_rows = 2;
  auto r = ReadCsv(TestProgram(), text, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->units.size(), 2u);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].row, 4);
  ExpectAccounted(*r);
}

TEST(IoCsvTest, MixedFileAccounting) {
  std::string text = std::string(kHeader);
  for (int i = 0; i < 200; ++i) {
    std::string id = "DN-" + std::to_string(i % 150);  // 50 duplicates
    switch (i % 7) {
      case 0: text += "enterprise," + id + ",A,normal,300 trieu,2,x,,\n"; break;
      case 1: text += "enterprise," + id + ",A,normal\n"; break;
      case 2: text += "\n"; break;
      case 3: text += "commune," + id + ",Xã,,,,,,\n"; break;
      case 4: text += "village," + id + ",A,,,,,,\n"; break;
      default: text += "enterprise," + id + ",A,normal,1 tỷ,2,có,[],\n"; break;
    }
  }
  auto r = ReadCsv(TestProgram(), text, {});
  ASSERT_TRUE(r.ok());
  ExpectAccounted(*r);
  EXPECT_GT(r->units.size(), 0u);
  EXPECT_GT(r->errors.size(), 0u);
  EXPECT_EQ(r->rows_read, 200 - 29);  // blank lines are not rows
  for (size_t i = 1; i < r->errors.size(); ++i) {
    EXPECT_LT(r->errors[i - 1].row, r->errors[i].row);  // one error per row
  }

  // the same for JSON Lines
  std::string jl;
  for (int i = 0; i < 100; ++i) {
    switch (i % 4) {
      case 0: jl += R"({"kind": "commune", "id": "A)" + std::to_string(i) + R"(", "name": "x"})"; break;
      case 1: jl += R"({"kind": "commune", "id": "A0", "name": "x"})"; break;
      case 2: jl += R"({"kind": "commune", "id": )"; break;
      default: jl += R"({"kind": "commune", "name": 5.5})"; break;
    }
    jl += "\n";
  }
  auto j = ReadJson(TestProgram(), jl, {});
  ASSERT_TRUE(j.ok());
  ExpectAccounted(*j);
  EXPECT_EQ(j->rows_read, 100);
  EXPECT_EQ(j->units.size(), 25u);
}

// --- the sample units of every rule folder ---------------------------------

TEST(IoRulesTest, SampleUnitsReadWithoutErrors) {
  int folders = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(THIDUA_SOURCE_DIR) / "rules")) {
    std::filesystem::path units = entry.path() / "units.jsonl";
    std::filesystem::path plan = entry.path() / "plan.td";
    if (!std::filesystem::exists(units) || !std::filesystem::exists(plan)) continue;
    ++folders;
    auto c = CompileFile(plan.string());
    ASSERT_TRUE(c.ok()) << c.status();
    ASSERT_TRUE(c->ok()) << FormatDiagnostics(c->diagnostics);
    std::string text = testing::ReadFile(units.string());
    auto r = ReadJson(c->rules->program(), text, {});
    ASSERT_TRUE(r.ok()) << units << ": " << r.status();
    EXPECT_TRUE(r->errors.empty()) << units << ":\n" << AllErrors(*r);
    EXPECT_TRUE(r->warnings.empty()) << units << ": " << absl::StrJoin(r->warnings, "\n");
    EXPECT_GT(r->units.size(), 0u) << units;
    ExpectAccounted(*r);
  }
  EXPECT_GE(folders, 5);
}

}  // namespace
}  // namespace thidua::internal
