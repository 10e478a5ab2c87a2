// Unicode: Vietnamese identifiers, NFC (a name typed precomposed and used
// decomposed is the same name), columns that count letters not bytes,
// invalid UTF-8 reported where it is, and a byte-order mark.
//
// Decomposed text is spelled with explicit bytes so that no editor can
// normalise it: "xa\xCC\x83" is x, a, U+0303 COMBINING TILDE, which NFC
// turns into "x\xC3\xA3" (x, U+00E3 ã).
#include <nlohmann/json.hpp>

#include "check/program.hpp"
#include "front_end_test_helpers.hpp"

namespace thidua::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

// Precomposed (NFC) spellings.
const std::string kXaNfc = "x\xC3\xA3";                       // xã
const std::string kDatNfc = "\xC4\x91\xE1\xBA\xA1t";          // đạt
const std::string kChuanNfc = "chu\xE1\xBA\xA9n";             // chuẩn
// The same words decomposed (NFD).
const std::string kXaNfd = "xa\xCC\x83";                      // a + ◌̃
const std::string kDatNfd = "\xC4\x91" "a\xCC\xA3" "t";       // a + ◌̣
const std::string kChuanNfd = "chua\xCC\x82\xCC\x89n";        // a + ◌̂ + ◌̉

TEST(UnicodeTest, TheSpellingsReallyDiffer) {
  EXPECT_NE(kXaNfc, kXaNfd);
  EXPECT_EQ(internal::NormalizeNfc(kXaNfd), kXaNfc);
  EXPECT_EQ(internal::NormalizeNfc(kDatNfd), kDatNfc);
  EXPECT_EQ(internal::NormalizeNfc(kChuanNfd), kChuanNfc);
  EXPECT_EQ(kXaNfc, "xã");  // this source file is NFC
}

TEST(UnicodeTest, VietnameseIdentifiers) {
  Compilation c = CompileOrDie(R"td(
enum mức "Mức" ordered { chưa_đạt, đạt_chuẩn, nâng_cao }
unit xã "Xã" {
  xã_đạt_chuẩn: bool "Xã đạt chuẩn nông thôn mới"
  số_hộ_nghèo: int
  mức_đạt: mức
  Đơn_vị: text
}
param ngưỡng: int = 5
criterion tiêu_chí_1 for xã "Tiêu chí 1":
  xã_đạt_chuẩn and số_hộ_nghèo <= ngưỡng and mức_đạt >= đạt_chuẩn
  and Đơn_vị != ""
)td");
  EXPECT_THAT(Briefs(c), IsEmpty());
  ASSERT_TRUE(c.ok());
  ASSERT_THAT(c.rules->criteria(), SizeIs(1));
  EXPECT_EQ(c.rules->criteria()[0].name, "tiêu_chí_1");
  EXPECT_EQ(c.rules->unit_kinds(), std::vector<std::string>{"xã"});
}

TEST(UnicodeTest, OtherScriptsAndDigitsInNames) {
  EXPECT_THAT(Briefs(CompileOrDie(
                  "unit e { α: int, x2: int, _private: int }\n"
                  "criterion c for e: α + x2 + _private > 0\n")),
              IsEmpty());
  // A name cannot start with a digit or hold a symbol.
  EXPECT_FALSE(CompileOrDie("unit e { 2x: int }\n").diagnostics.empty());
  EXPECT_FALSE(CompileOrDie("unit e { x€: int }\n").diagnostics.empty());
  EXPECT_FALSE(CompileOrDie("unit e { so-ho: int }\n").diagnostics.empty());
}

TEST(UnicodeTest, NameDeclaredPrecomposedAndUsedDecomposed) {
  std::string field = kXaNfc + "_" + kDatNfc + "_" + kChuanNfc;
  std::string used = kXaNfd + "_" + kDatNfd + "_" + kChuanNfd;
  ASSERT_NE(field, used);
  Compilation c = CompileOrDie("unit " + kXaNfc + " { " + field + ": bool }\n" +
                               "criterion c for " + kXaNfd + ": " + used + "\n");
  EXPECT_THAT(Briefs(c), IsEmpty());
  EXPECT_TRUE(c.ok());
}

TEST(UnicodeTest, NameDeclaredDecomposedAndUsedPrecomposed) {
  std::string field = kXaNfd + "_" + kDatNfd + "_" + kChuanNfd;
  std::string used = kXaNfc + "_" + kDatNfc + "_" + kChuanNfc;
  Compilation c = CompileOrDie(
      "enum m { " + kDatNfd + ", ch" + kXaNfd + "n }\n" +
      "unit " + kXaNfd + " { " + field + ": bool, level: m }\n" +
      "criterion c for " + kXaNfc + ": " + used + " and level = " + kDatNfc +
      "\n" +
      "test \"t\" { given " + kXaNfc + " { " + used + ": true, level: ch" +
      kXaNfc + "n } expect not c }\n");
  EXPECT_THAT(Briefs(c), IsEmpty());
  ASSERT_TRUE(c.ok());
  // What is stored is the NFC spelling.
  EXPECT_EQ(c.rules->unit_kinds(), std::vector<std::string>{kXaNfc});
}

TEST(UnicodeTest, MarksInANonCanonicalOrder) {
  // ậ is a + U+0323 (below, class 220) + U+0302 (above, class 230); written
  // with the marks the other way round it is still ậ after NFC.
  std::string nfc = "c\xE1\xBA\xA5p_b\xE1\xBA\xAD" "c";  // cấp_bậc
  std::string odd = "ca\xCC\x82\xCC\x81p_ba\xCC\x82\xCC\xA3" "c";  // â + ́ ; â + ̣
  ASSERT_EQ(internal::NormalizeNfc(odd), nfc);
  Compilation c = CompileOrDie("unit e { " + nfc + ": int }\n" +
                               "criterion c for e: " + odd + " > 0\n");
  EXPECT_THAT(Briefs(c), IsEmpty());
}

TEST(UnicodeTest, StringsAreNormalisedToo) {
  Compilation c = CompileOrDie(
      "unit e { x: bool }\n"
      "criterion c for e \"" + kXaNfd + " " + kDatNfd + " " + kChuanNfd +
      "\" source \"Ngh\xE1\xBB\x8B quy\xE1\xBA\xBFt\": x\n");
  ASSERT_TRUE(c.ok()) << Render(c);
  ASSERT_THAT(c.rules->criteria(), SizeIs(1));
  EXPECT_EQ(c.rules->criteria()[0].label,
            kXaNfc + " " + kDatNfc + " " + kChuanNfc);
}

TEST(UnicodeTest, UnknownDecomposedNameIsReportedInNfc) {
  Compilation c = CompileOrDie("unit e { x: int }\ncriterion c for e: " +
                               kXaNfd + " > 0\n");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(c.diagnostics[0].message, "unknown name '" + kXaNfc + "'");
  EXPECT_EQ(c.diagnostics[0].column, 20);
  EXPECT_EQ(c.diagnostics[0].end_column, 22);  // two letters, five bytes before NFC
}

// ------------------------------------------------------------ columns

TEST(UnicodeColumnTest, ErrorAfterVietnameseTextOnTheSameLine) {
  Compilation c = CompileOrDie(
      "unit e { x: int }\n"
      "criterion c for e \"Đạt chuẩn nông thôn mới\" : khong_co >= 1\n");
  // "Đạt chuẩn nông thôn mới" is 23 letters but 32 bytes.
  EXPECT_THAT(Briefs(c), ElementsAre("2:47: unknown name 'khong_co'"));
  EXPECT_EQ(c.diagnostics[0].end_column, 55);
  EXPECT_EQ(Render(c),
            "test.td:2:47: error: unknown name 'khong_co'\n"
            " 2 | criterion c for e \"Đạt chuẩn nông thôn mới\" : khong_co >= 1\n"
            "   |                                               ^~~~~~~~\n");
}

TEST(UnicodeColumnTest, DecomposedLettersCountOnce) {
  // ệ typed as e + U+0323 + U+0302: after NFC it is one letter either way.
  std::string nghiep_nfd = "nghie\xCC\xA3\xCC\x82p";
  Compilation c = CompileOrDie("unit e \"Doanh " + nghiep_nfd + "\" { x int }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:27: expected ':'"));

  // x̃ has no precomposed form: it stays two code points, one column.
  std::string x_tilde = "x\xCC\x83";
  c = CompileOrDie("unit e \"" + x_tilde + x_tilde + x_tilde + "\" { x int }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:18: expected ':'"));
}

TEST(UnicodeColumnTest, CharactersOutsideTheBasicPlaneCountOnce) {
  Compilation c = CompileOrDie("unit e \"🌾🌾\" { x int }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:17: expected ':'"));
}

TEST(UnicodeColumnTest, NonBreakingSpaceIsNotABlank) {
  // Pasted from a word processor: U+00A0 between `unit` and the name.
  Compilation c = CompileOrDie("unit\xC2\xA0" "e { x: int }\n");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(c.diagnostics[0].line, 1);
  EXPECT_EQ(c.diagnostics[0].column, 5);
}

// ------------------------------------------------------------ encoding

struct BadBytes {
  const char* what;
  std::string text;
  int line;
  int column;
};

TEST(UnicodeEncodingTest, InvalidUtf8IsReportedAtItsLineAndColumn) {
  const BadBytes cases[] = {
      {"stray byte after Vietnamese text",
       "unit e { x: int }\n# Bình Phước\ncriterion c for e \"Đạt \xFF\": x > 0\n",
       3, 24},
      {"Latin-1 Vietnamese", "unit e \"Vi\xEAt Nam\" { x: int }\n", 1, 11},
      {"overlong '/'", "# a\xC0\xAF\n", 1, 4},
      {"surrogate half", "unit e { x: int }\n\n  \xED\xA0\x80\n", 3, 3},
      {"past U+10FFFF", "\xF4\x90\x80\x80 unit e {}\n", 1, 1},
      {"sequence cut by the end of the file", "unit e { x: int } # \xE1\xBA", 1,
       21},
      {"continuation byte alone", "\n\n\n\x80", 4, 1},
  };
  for (const BadBytes& k : cases) {
    SCOPED_TRACE(k.what);
    Compilation c = CompileOrDie(k.text);
    ASSERT_THAT(c.diagnostics, SizeIs(1));
    const Diagnostic& d = c.diagnostics[0];
    EXPECT_EQ(d.message, "invalid UTF-8 byte sequence");
    EXPECT_EQ(d.hint, "save the file as UTF-8");
    EXPECT_EQ(d.line, k.line);
    EXPECT_EQ(d.column, k.column);
    EXPECT_FALSE(c.ok());
  }
}

TEST(UnicodeEncodingTest, InvalidUtf8InVietnameseAndAsJson) {
  Compilation c = CompileOrDie("unit e \"Vi\xEAt\" {}\n", Vietnamese());
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(c.diagnostics[0].message, "chuỗi byte UTF-8 không hợp lệ");
  EXPECT_EQ(c.diagnostics[0].hint, "lưu tệp với bảng mã UTF-8");
  // The JSON never carries the bad bytes, so it stays valid UTF-8 JSON.
  nlohmann::json j = nlohmann::json::parse(
      FormatDiagnostics(c.diagnostics, DiagnosticFormat::kJson));
  EXPECT_EQ(j[0]["line"], 1);
  EXPECT_EQ(j[0]["column"], 11);
  // The text rendering does not crash on the bad line either.
  EXPECT_FALSE(Render(c).empty());
}

TEST(UnicodeEncodingTest, ByteOrderMarkIsIgnored) {
  const std::string bom = "\xEF\xBB\xBF";
  Compilation c = CompileOrDie(bom + "unit e { x: int }\ncriterion c for e: x > 0\n");
  EXPECT_THAT(Briefs(c), IsEmpty());
  EXPECT_TRUE(c.ok());
  // Columns on the first line do not count it.
  c = CompileOrDie(bom + "unit e { x int }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:12: expected ':'"));
  EXPECT_EQ(c.diagnostics[0].source_line, "unit e { x int }");
  // Nor on a line with an invalid byte.
  c = CompileOrDie(bom + "unit \xFF");
  EXPECT_THAT(Briefs(c), ElementsAre("1:6: invalid UTF-8 byte sequence"));
}

TEST(UnicodeEncodingTest, ByteOrderMarkAloneOrTwice) {
  EXPECT_THAT(Briefs(CompileOrDie("\xEF\xBB\xBF")), IsEmpty());
  // Only a leading one is ignored; a second is text, and not a declaration.
  Compilation c = CompileOrDie("\xEF\xBB\xBF\xEF\xBB\xBFunit e {}\n");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(c.diagnostics[0].column, 1);
}

}  // namespace
}  // namespace thidua::testing
