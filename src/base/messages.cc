#include "base/messages.hpp"

namespace thidua::internal {
namespace {

struct Entry {
  Msg id;
  const char* en;
  const char* vi;
};

// $0, $1 … are replaced by the arguments, in order.
constexpr Entry kCatalogue[] = {
    {Msg::kCannotRead, "cannot read '$0': $1", "không đọc được '$0': $1"},
    {Msg::kFileTooLarge, "file is $0 bytes, more than the limit of $1 bytes",
     "tệp có $0 byte, vượt giới hạn $1 byte"},
    {Msg::kInvalidUtf8, "invalid UTF-8 byte sequence",
     "chuỗi byte UTF-8 không hợp lệ"},
    {Msg::kTooManyFiles, "more than $0 files imported",
     "nhập quá $0 tệp"},
    {Msg::kImportOutsideRoot, "import '$0' leaves the rules folder '$1'",
     "lệnh import '$0' ra ngoài thư mục quy tắc '$1'"},
    {Msg::kImportNotFound, "imported file '$0' not found",
     "không tìm thấy tệp được import '$0'"},
    {Msg::kImportCycle, "'$0' imports itself through '$1'",
     "'$0' tự import chính nó qua '$1'"},
    {Msg::kExpected, "expected $0", "cần $0"},
    {Msg::kUnexpected, "unexpected $0", "không mong đợi $0"},
    {Msg::kTooDeep, "nesting deeper than $0 levels",
     "lồng nhau sâu quá $0 cấp"},
    {Msg::kBadNumber, "number '$0' is malformed or too large",
     "số '$0' sai dạng hoặc quá lớn"},
    {Msg::kBadMoney, "amount '$0' is not a whole number of đồng",
     "số tiền '$0' không phải số đồng nguyên"},
    {Msg::kBadDate, "'$0' is not a valid date", "'$0' không phải ngày hợp lệ"},
    {Msg::kBadPercent, "percentage '$0' is malformed",
     "tỷ lệ phần trăm '$0' sai dạng"},
    {Msg::kUnterminatedString, "string is not closed",
     "chuỗi chưa có dấu đóng \""},
    {Msg::kTooManyErrors, "too many errors; stopping after $0",
     "quá nhiều lỗi; dừng sau $0 lỗi"},
    {Msg::kDuplicate, "$0 '$1' is declared twice",
     "$0 '$1' được khai báo hai lần"},
    {Msg::kUnknownName, "unknown name '$0'", "không có tên '$0'"},
    {Msg::kUnknownType, "unknown type '$0'", "không có kiểu '$0'"},
    {Msg::kUnknownKind, "unknown unit kind '$0'",
     "không có loại đơn vị '$0'"},
    {Msg::kUnknownField, "unit kind '$0' has no field '$1'",
     "loại đơn vị '$0' không có trường '$1'"},
    {Msg::kUnknownCriterion, "unknown criterion '$0'",
     "không có tiêu chí '$0'"},
    {Msg::kUnknownEnumMember, "'$0' is not a value of enum '$1'",
     "'$0' không phải giá trị của kiểu liệt kê '$1'"},
    {Msg::kAmbiguousMember, "'$0' is a value of several enums ($1)",
     "'$0' là giá trị của nhiều kiểu liệt kê ($1)"},
    {Msg::kUnused, "$0 '$1' is never used", "$0 '$1' không được dùng"},
    {Msg::kSecondPlan, "a second plan declaration (the first is '$0')",
     "khai báo kế hoạch thứ hai (kế hoạch đầu là '$0')"},
    {Msg::kCycle, "criterion '$0' depends on itself: $1",
     "tiêu chí '$0' phụ thuộc vào chính nó: $1"},
    {Msg::kTypeMismatch, "expected $0, found $1", "cần $0, gặp $1"},
    {Msg::kMoneyVsInt, "cannot compare money with a plain number",
     "không so sánh được tiền với một số không có đơn vị"},
    {Msg::kNotBool, "a condition must be true or false, found $0",
     "điều kiện phải là đúng/sai, gặp $0"},
    {Msg::kNotOrdered, "enum '$0' is not ordered; only =, != and in apply",
     "kiểu liệt kê '$0' không có thứ tự; chỉ dùng được =, != và in"},
    {Msg::kNotNumeric, "'$0' needs numbers, found $1",
     "'$0' cần giá trị số, gặp $1"},
    {Msg::kNotList, "'$0' is not a list, it is $1",
     "'$0' không phải danh sách, mà là $1"},
    {Msg::kNotRecord, "$0 has no fields", "$0 không có trường"},
    {Msg::kBadOperands, "'$0' cannot combine $1 and $2",
     "'$0' không kết hợp được $1 và $2"},
    {Msg::kNotConstant,
     "the value of '$0' must be a constant (it has no 'for' unit kind)",
     "giá trị của '$0' phải là hằng số (không có 'for' loại đơn vị)"},
    {Msg::kCriterionWrongKind,
     "criterion '$0' does not apply to unit kind '$1'",
     "tiêu chí '$0' không áp dụng cho loại đơn vị '$1'"},
    {Msg::kParamWrongKind, "parameter '$0' does not apply to unit kind '$1'",
     "tham số '$0' không áp dụng cho loại đơn vị '$1'"},
    {Msg::kSetElementType, "set element is $0, but the left side is $1",
     "phần tử của tập hợp là $0, nhưng vế trái là $1"},
    {Msg::kMissingField, "required field '$0' of '$1' has no value",
     "trường bắt buộc '$0' của '$1' chưa có giá trị"},
    {Msg::kEmptyEnum, "enum '$0' has no values",
     "kiểu liệt kê '$0' không có giá trị nào"},
    {Msg::kEmptyPeriod, "period ends before it starts",
     "thời kỳ kết thúc trước khi bắt đầu"},
    {Msg::kBadValue, "a test value must be a literal, found $0",
     "giá trị trong test phải là hằng, gặp $0"},
    {Msg::kHintDidYouMean, "did you mean '$0'?", "có phải ý bạn là '$0'?"},
    {Msg::kHintMoneyUnit,
     "write the amount with its unit, e.g. 300 triệu or 300_000_000 đồng",
     "ghi số tiền kèm đơn vị, ví dụ 300 triệu hoặc 300_000_000 đồng"},
    {Msg::kHintQuantParens,
     "wrap the quantifier in parentheses: (count p in list where ...) >= 2",
     "đặt lượng từ trong ngoặc: (count p in list where ...) >= 2"},
    {Msg::kHintDeclareEnum, "declare it, e.g. enum $0 { ... }",
     "hãy khai báo, ví dụ enum $0 { ... }"},
    {Msg::kHintImportInside,
     "keep imported files inside the rules folder, or pass --rules-root",
     "đặt tệp được import trong thư mục quy tắc, hoặc dùng --rules-root"},
    {Msg::kHintSplitFile, "split the file, or raise the limit in the options",
     "tách tệp, hoặc nâng giới hạn trong tùy chọn"},
    {Msg::kHintOrderedEnum, "declare it as 'enum $0 \"...\" ordered { ... }'",
     "khai báo là 'enum $0 \"...\" ordered { ... }'"},
    {Msg::kHintCheckEncoding, "save the file as UTF-8",
     "lưu tệp với bảng mã UTF-8"},
    {Msg::kHintFieldOptional,
     "give it a value, or mark the field 'optional' in the unit",
     "hãy cho giá trị, hoặc đánh dấu trường là 'optional' trong unit"},
};

}  // namespace

std::string FormatMessage(Language language, Msg id,
                          const std::vector<std::string>& args) {
  const char* pattern = "";
  for (const Entry& e : kCatalogue) {
    if (e.id == id) {
      pattern = language == Language::kVietnamese ? e.vi : e.en;
      break;
    }
  }
  std::string out;
  for (const char* p = pattern; *p != '\0'; ++p) {
    if (*p == '$' && p[1] >= '0' && p[1] <= '9') {
      size_t k = static_cast<size_t>(p[1] - '0');
      if (k < args.size()) out += args[k];
      ++p;
    } else {
      out.push_back(*p);
    }
  }
  return out;
}

}  // namespace thidua::internal
