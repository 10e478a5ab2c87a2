// The public helpers for tools (docs/embedding.md, "Helpers for tools").
#include <gtest/gtest.h>

#include "thidua/thidua.hpp"

namespace thidua {
namespace {

TEST(JsonQuotedTest, EscapesWhatJsonMustAndKeepsVietnamese) {
  EXPECT_EQ(JsonQuoted("Đóng góp \"từ\" 300 triệu\\\n\t\x01"),
            "\"Đóng góp \\\"từ\\\" 300 triệu\\\\\\n\\t\\u0001\"");
  EXPECT_EQ(JsonQuoted(""), "\"\"");
}

TEST(NearestNameTest, SuggestsTheNameMeantAndNothingFarOff) {
  const std::vector<std::string> names = {"enterprise_contribution", "commune_standard"};
  EXPECT_EQ(NearestName("enterprise_contributon", names), "enterprise_contribution");
  EXPECT_EQ(NearestName("xã_kiểu_mẫu", names), "");
}

}  // namespace
}  // namespace thidua
