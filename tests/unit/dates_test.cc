// Date arithmetic of the library's own (days since 1970-01-01): the same
// calendar as Boost.Date_Time wherever Boost can say, and dates outside
// Boost's range (computed from data: a due day after 31/12/9999) still print
// instead of throwing inside an explanation.
#include <boost/date_time/gregorian/gregorian.hpp>

#include "base/periods.hpp"
#include "syntax/literals.hpp"
#include "test_util.hpp"

namespace thidua::internal {
namespace {

TEST(DatesTest, EveryDayBoostKnowsPrintsAsBoostPrintsIt) {
  const boost::gregorian::date epoch(1970, 1, 1);
  const auto first = static_cast<int32_t>((boost::gregorian::date(1400, 1, 1) - epoch).days());
  const auto last = static_cast<int32_t>((boost::gregorian::date(9999, 12, 31) - epoch).days());
  int checked = 0;
  for (int32_t days = first; days <= last; days += 7) {  // every weekday position
    auto date = epoch + boost::gregorian::days(days);
    ASSERT_EQ(FormatIsoDate(days), boost::gregorian::to_iso_extended_string(date)) << days;
    auto ymd = date.year_month_day();
    CivilDate civil = CivilFromDays(days);
    ASSERT_EQ(civil.year, ymd.year);
    ASSERT_EQ(civil.month, ymd.month.as_number());
    ASSERT_EQ(civil.day, ymd.day.as_number());
    ASSERT_EQ(DaysFromCivil(static_cast<int32_t>(civil.year), civil.month, civil.day), days);
    ++checked;
  }
  EXPECT_GT(checked, 400'000);
}

TEST(DatesTest, VietnameseDatesRoundTrip) {
  for (const char* text : {"29/2/2024", "1/1/1970", "31/12/9999", "15/4/2022"}) {
    auto days = ParseDate(text);
    ASSERT_TRUE(days.has_value()) << text;
    EXPECT_EQ(FormatVietnameseDate(*days), text);
  }
  EXPECT_EQ(FormatIsoDate(*ParseDate("20/03/2024")), "2024-03-20");
}

TEST(DatesTest, DaysOutsideBoostsRangeStillPrint) {
  const int32_t after = *ParseDate("31/12/9999") + 15;
  EXPECT_EQ(FormatVietnameseDate(after), "15/1/10000");
  EXPECT_EQ(FormatIsoDate(after), "10000-01-15");
  const int32_t before = DaysFromCivil(1011, 12, 31);
  EXPECT_EQ(FormatVietnameseDate(before), "31/12/1011");
  EXPECT_EQ(FormatIsoDate(before), "1011-12-31");
}

}  // namespace
}  // namespace thidua::internal
