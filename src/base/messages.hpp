// The catalogue of diagnostic messages in English and Vietnamese. Every
// message the front end reports has an id here, so both languages stay in step.
#ifndef THIDUA_SRC_BASE_MESSAGES_HPP_
#define THIDUA_SRC_BASE_MESSAGES_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "thidua/thidua.hpp"

namespace thidua::internal {

enum class Msg {
  // reading files
  kCannotRead,
  kFileTooLarge,
  kInvalidUtf8,
  kTooManyFiles,
  kTooManyDeclarations,
  kStringTooLong,
  kImportOutsideRoot,
  kImportNotFound,
  kImportCycle,
  // syntax
  kExpected,
  kUnexpected,
  kTooDeep,
  kTooLong,
  kChainTooLong,
  kBadNumber,
  kBadMoney,
  kBadDate,
  kBadPercent,
  kUnterminatedString,
  kTooManyErrors,
  // names
  kDuplicate,
  kUnknownName,
  kUnknownType,
  kUnknownKind,
  kUnknownField,
  kUnknownCriterion,
  kUnknownAward,
  kUnknownTarget,
  kTestWhichUnit,
  kTestUnknownUnit,
  kSelectNeedsYear,
  kSelectEmptyUnit,
  kUnknownEnumMember,
  kAmbiguousMember,
  kUnused,
  kSecondPlan,
  kCycle,
  // types
  kTypeMismatch,
  kMoneyVsInt,
  kNotBool,
  kNotOrdered,
  kNotNumeric,
  kNotList,
  kNotRecord,
  kBadOperands,
  kNotConstant,
  kCriterionWrongKind,
  kParamWrongKind,
  kSetElementType,
  kMissingField,
  kEmptyEnum,
  kEmptyPeriod,
  kBadValue,
  // data files
  kDataRow,
  kDataRowColumn,
  kDataNotBool,
  kDataNotInt,
  kDataIntOverflow,
  kDataNotDecimal,
  kDataNotMoney,
  kDataAmbiguousMoney,
  kDataNotPercent,
  kDataNotDate,
  kDataNotEnum,
  kDataInvalidUtf8,
  kDataMissing,
  kDataNoKind,
  kDataUnknownKind,
  kDataNoKindColumn,
  kDataDuplicateId,
  kDataListTooLong,
  kDataNotList,
  kDataElementNotObject,
  kDataRowNotObject,
  kDataBadJson,
  kDataTruncatedJson,
  kDataEmptyElement,
  kDataNotUnits,
  kDataTrailingText,
  kDataWrongCellCount,
  kDataUnclosedQuote,
  kDataUnknownColumn,
  kDataIgnoredField,
  kDataNoFields,
  kDataDuplicateColumn,
  kDataEmpty,
  kDataTooManyRows,
  // units built field by field (UnitBuilder, td_unit_builder_*)
  kBuilderNotBool,
  kBuilderNotNumber,
  kBuilderNotMoney,
  kBuilderBuilt,
  // hints
  kHintDidYouMean,
  kHintMoneyUnit,
  kHintQuantParens,
  kHintDeclareEnum,
  kHintImportInside,
  kHintSplitFile,
  kHintOrderedEnum,
  kHintCheckEncoding,
  kHintFieldOptional,
  // values by year and report schedules
  kHistoryNeedsYear,
  kNotByYear,
  kByYearElement,
  kByPeriodNotDate,
  kReportDatesNeedSchedule,
  kNotReportDates,
  kUnknownSchedule,
  kBadYearKey,
  kBadPeriodKey,
  kDuplicateKey,
  kDataNotByYear,
  kDataNotByPeriod,
  kHintHistoryIndex,
  kHintDeclareByYear,
  kHintOnTime,
  kHintDeclareByPeriod,
  // effective dates and instruments (docs/time-and-hierarchy.md)
  kUnknownInstrument,
  kVersionsOverlap,
  kVersionNotDated,
  kVersionEndsBeforeStart,
  kVersionsDisagree,
  kHintDeclareInstrument,
  kHintDateVersions,
  kHintSplitVersions,
};

// Formats message `id` in `language`, substituting $0, $1, … with `args`.
std::string FormatMessage(Language language, Msg id,
                          const std::vector<std::string>& args = {});

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_MESSAGES_HPP_
