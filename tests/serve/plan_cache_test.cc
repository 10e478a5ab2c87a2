// PlanCache (src/serve/plan_cache.hpp): the same text compiles once, any
// difference that changes the answer is a different entry, and the cache
// stays within its bounds.
#include "serve/plan_cache.hpp"

#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace thidua::serve {
namespace {

constexpr char kPlan[] =
    "unit commune \"Xã\" {\n"
    "  income: money\n"
    "}\n"
    "criterion rich for commune \"Thu nhập cao\": income >= 50 triệu\n";

CompileOptions Options(Language language) {
  CompileOptions options;
  options.language = language;
  options.rules_root = "/tmp";
  return options;
}

TEST(PlanCacheTest, TheSameTextCompilesOnce) {
  PlanCache cache(4, 1 << 20);
  auto a = cache.Compile(kPlan, "/tmp/p.td", Options(Language::kVietnamese));
  auto b = cache.Compile(kPlan, "/tmp/p.td", Options(Language::kVietnamese));
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE((*a)->ok());
  EXPECT_EQ(a->get(), b->get());
  EXPECT_EQ(cache.hits(), 1u);
  EXPECT_EQ(cache.misses(), 1u);
}

TEST(PlanCacheTest, TextPathAndLanguageAreEachPartOfTheKey) {
  PlanCache cache(8, 1 << 20);
  const std::string broken = std::string(kPlan) + "criterion\n";
  auto good = cache.Compile(kPlan, "/tmp/p.td", Options(Language::kEnglish));
  auto bad_en = cache.Compile(broken, "/tmp/p.td", Options(Language::kEnglish));
  auto bad_vi = cache.Compile(broken, "/tmp/p.td", Options(Language::kVietnamese));
  auto other = cache.Compile(kPlan, "/tmp/q.td", Options(Language::kEnglish));
  ASSERT_TRUE(good.ok() && bad_en.ok() && bad_vi.ok() && other.ok());
  EXPECT_TRUE((*good)->ok());
  ASSERT_FALSE((*bad_en)->ok());
  ASSERT_FALSE((*bad_vi)->ok());
  EXPECT_NE((*bad_en)->diagnostics[0].message, (*bad_vi)->diagnostics[0].message);
  EXPECT_NE(good->get(), other->get());
  EXPECT_EQ(cache.hits(), 0u);
  EXPECT_EQ(cache.misses(), 4u);
}

TEST(PlanCacheTest, LeastRecentlyUsedGoesFirst) {
  PlanCache cache(2, 1 << 20);
  const Language en = Language::kEnglish;
  const std::string a = kPlan, b = a + "# b\n", c = a + "# c\n";
  auto first = cache.Compile(a, "/tmp/p.td", Options(en));
  cache.Compile(b, "/tmp/p.td", Options(en)).IgnoreError();
  cache.Compile(a, "/tmp/p.td", Options(en)).IgnoreError();  // a is used again
  cache.Compile(c, "/tmp/p.td", Options(en)).IgnoreError();  // b goes
  EXPECT_EQ(cache.hits(), 1u);
  auto again = cache.Compile(a, "/tmp/p.td", Options(en));
  EXPECT_EQ(first->get(), again->get());
  EXPECT_EQ(cache.hits(), 2u);
  cache.Compile(b, "/tmp/p.td", Options(en)).IgnoreError();
  EXPECT_EQ(cache.misses(), 4u);
}

TEST(PlanCacheTest, TextLargerThanTheBoundIsCompiledButNotKept) {
  PlanCache cache(8, 64);
  cache.Compile(kPlan, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  cache.Compile(kPlan, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  EXPECT_EQ(cache.hits(), 0u);
  EXPECT_EQ(cache.misses(), 2u);
}

TEST(PlanCacheTest, TextThatImportsIsCompiledEveryTime) {
  PlanCache cache(8, 1 << 20);
  const std::string text = std::string("  import \"common.td\"\n") + kPlan;
  cache.Compile(text, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  cache.Compile(text, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  EXPECT_EQ(cache.hits(), 0u);
  // A word that only starts with "import", or one inside a line, is no import.
  const std::string not_import = std::string(kPlan) + "# see import \"x\"\n# imports\n";
  cache.Compile(not_import, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  cache.Compile(not_import, "/tmp/p.td", Options(Language::kEnglish)).IgnoreError();
  EXPECT_EQ(cache.hits(), 1u);
}

TEST(PlanCacheTest, ManyThreadsShareOneCompilation) {
  PlanCache cache(4, 1 << 20);
  auto first = cache.Compile(kPlan, "/tmp/p.td", Options(Language::kEnglish));
  ASSERT_TRUE(first.ok());
  std::vector<std::thread> threads;
  std::vector<const Compilation*> seen(8);
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      auto c = cache.Compile(kPlan, "/tmp/p.td", Options(Language::kEnglish));
      seen[i] = c.ok() ? c->get() : nullptr;
    });
  }
  for (std::thread& t : threads) t.join();
  for (const Compilation* c : seen) EXPECT_EQ(c, first->get());
  EXPECT_EQ(cache.hits(), 8u);
}

}  // namespace
}  // namespace thidua::serve
