#include "base/fixed.hpp"

#include "gtest/gtest.h"
#include "syntax/literals.hpp"

namespace thidua::internal {
namespace {

TEST(FixedTest, ParsesExactly) {
  EXPECT_EQ(Fixed::Parse("1_000")->ToString(), "1000");
  EXPECT_EQ(Fixed::Parse("1,5")->ToString(), "1.5");
  EXPECT_EQ(Fixed::Parse("0.000000001")->ToString(), "0.000000001");
  EXPECT_FALSE(Fixed::Parse("0.0000000001").has_value());  // 10 digits
  EXPECT_FALSE(Fixed::Parse("1.").has_value());
  EXPECT_FALSE(Fixed::Parse("abc").has_value());
  EXPECT_FALSE(Fixed::Parse("999999999999999999999999999999999999").has_value());
}

TEST(FixedTest, ArithmeticIsExactAndReportsOverflow) {
  Fixed a = *Fixed::Parse("0.1"), b = *Fixed::Parse("0.2");
  EXPECT_EQ(Fixed::Add(a, b)->ToString(), "0.3");  // no binary float here
  EXPECT_EQ(Fixed::Mul(*Fixed::Parse("1.5"), Fixed::FromInt(300'000'000))
                ->ToString(),
            "450000000");
  EXPECT_EQ(Fixed::Div(Fixed::FromInt(1), Fixed::FromInt(3))->ToString(),
            "0.333333333");
  EXPECT_FALSE(Fixed::Div(Fixed::FromInt(1), Fixed::FromInt(0)).has_value());
  Fixed big = *Fixed::Parse("100000000000000000000000000000");
  EXPECT_FALSE(Fixed::Mul(big, big).has_value());
  EXPECT_EQ(Fixed::FromInt(-5).ToString(), "-5");
}

TEST(LiteralsTest, MoneyUnits) {
  EXPECT_EQ(ParseMoney("300", MoneyUnit("triệu"))->ToString(), "300000000");
  EXPECT_EQ(ParseMoney("1,5", MoneyUnit("tỷ"))->ToString(), "1500000000");
  EXPECT_EQ(ParseMoney("200_000_000", MoneyUnit("đồng"))->ToString(),
            "200000000");
  EXPECT_FALSE(ParseMoney("1,5", MoneyUnit("đồng")).has_value());  // half a đồng
  EXPECT_EQ(MoneyUnit("đô"), 0);
  EXPECT_EQ(FormatMoney(*ParseMoney("300", 1'000'000)), "300 triệu");
  EXPECT_EQ(FormatMoney(*ParseMoney("1,5", 1'000'000'000)), "1,5 tỷ");
  EXPECT_EQ(FormatMoney(*ParseMoney("299999999", 1)), "299.999.999 đồng");
}

TEST(LiteralsTest, DatesAreValidated) {
  EXPECT_EQ(FormatIsoDate(*ParseDate("30/6/2022")), "2022-06-30");
  EXPECT_EQ(ParseDate("2022-06-30"), ParseDate("30/06/2022"));
  EXPECT_FALSE(ParseDate("31/2/2022").has_value());
  EXPECT_FALSE(ParseDate("29/2/2023").has_value());
  EXPECT_TRUE(ParseDate("29/2/2024").has_value());
  EXPECT_FALSE(ParseDate("2022-13-01").has_value());
  EXPECT_EQ(FormatVietnameseDate(*ParseDate("2022-06-30")), "30/6/2022");
}

TEST(LiteralsTest, Percent) {
  EXPECT_EQ(ParsePercent("40%")->ToString(), "0.4");
  EXPECT_EQ(ParsePercent("12,5%")->ToString(), "0.125");
  EXPECT_EQ(FormatPercent(*ParsePercent("40%")), "40%");
}

}  // namespace
}  // namespace thidua::internal
