import Testing
@testable import WirewatchCore

/// Time expressions against an anchor of Thursday 2024-02-08, on sentences written for the tests.
@Suite struct TimeExpressionStageTests {
    /// Each expression's text, type, value and mod.
    private func found(_ text: String, published: String?) throws -> [(text: String, type: String, value: String, mod: String?)] {
        var document = try TokenizationStage().process(try Fixtures.document(text))
        document.published = published
        let bytes = Array(document.text.utf8)
        return try TimeExpressionStage().process(document).times.map {
            (String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self), $0.type.rawValue, $0.value, $0.mod)
        }
    }

    private func times(_ text: String, published: String? = "2024-02-08") throws -> [(String, String, String)] {
        try found(text, published: published).map { ($0.text, $0.type, $0.value) }
    }

    private func first(_ text: String) throws -> (String, String, String)? { try times(text).first }

    @Test(arguments: [
        ("The crash happened on January 24.", "January 24", "DATE", "2024-01-24"),
        ("He arrived on December 30.", "December 30", "DATE", "2023-12-30"),
        ("The vote is due next March.", "next March", "DATE", "2024-03"),
        ("It was signed on Jan. 24, 2024.", "Jan. 24, 2024", "DATE", "2024-01-24"),
        ("It was signed on 24 January 2024.", "24 January 2024", "DATE", "2024-01-24"),
        ("The file is dated 2024-01-24.", "2024-01-24", "DATE", "2024-01-24"),
        ("Prices rose in the 1990s.", "the 1990s", "DATE", "199"),
        ("Sales fell in the first quarter.", "the first quarter", "DATE", "2024-Q1"),
        ("They met this week.", "this week", "DATE", "2024-W06"),
        ("The day before yesterday we met.", "The day before yesterday", "DATE", "2024-02-06"),
        ("She said it yesterday.", "yesterday", "DATE", "2024-02-07"),
        ("He met them on Tuesday.", "Tuesday", "DATE", "2024-02-06"),
        ("He will meet them on Tuesday.", "Tuesday", "DATE", "2024-02-13"),
        ("Profits doubled last year.", "last year", "DATE", "2023"),
        ("The strike ended two days ago.", "two days ago", "DATE", "2024-02-06"),
        ("Talks lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("The outage lasted 24 hours.", "24 hours", "DURATION", "PT24H"),
        ("Markets open every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Ferries run every 15 minutes.", "every 15 minutes", "SET", "PT15M"),
        ("The paper is published weekly.", "weekly", "SET", "P1W"),
        ("Prices are now higher.", "now", "DATE", "PRESENT_REF"),
        ("Officials recently said so.", "recently", "DATE", "PAST_REF"),
        ("It happened last summer.", "last summer", "DATE", "2023-SU"),
        ("The blast came on the morning of January 24.", "the morning of January 24", "TIME", "2024-01-24TMO"),
        ("The meeting starts at 10:30 a.m.", "10:30 a.m.", "TIME", "2024-02-08T10:30"),
        ("It was a two-year deal.", "two-year", "DURATION", "P2Y"),
    ])
    func normalises(text: String, expectedText: String, type: String, value: String) throws {
        try expectFirst(text, expectedText, type, value)
    }

    /// The first expression of `text` has this text, type and value.
    private func expectFirst(_ text: String, _ expectedText: String, _ type: String, _ value: String) throws {
        let found = try first(text)
        #expect(found?.0 == expectedText, "\(text)")
        #expect(found?.1 == type, "\(text)")
        #expect(found?.2 == value, "\(text)")
    }

    @Test func withoutAnAnchorValuesAreUnderspecified() throws {
        #expect(try times("It happened yesterday.", published: nil).first?.2 == "XXXX-XX-XX")
        #expect(try times("It happened on March 3.", published: nil).first?.2 == "XXXX-03-03")
    }

    @Test func seasonsAreTheVocabularysCodes() {
        #expect(["2023-SP", "2023-SU", "2023-FA", "2023-WI"].allSatisfy(TimeExpressionStage.isSeason))
        #expect(!["2023-Q1", "2023-H1", "2023-W06", "2023-12", "XXXX-SUX", "SU"].contains(where: TimeExpressionStage.isSeason))
    }

    @Test func numberLikeWordsNeverCrash() throws {
        let text = "Inf days, infinity years, NaN weeks, 1e400 hours, 99999999999999999999 days and -5 days passed."
        #expect(try times(text).allSatisfy { !$0.2.contains("inf") && !$0.2.contains("nan") })
    }

    @Test func numbersThatAreNotTimes() throws {
        #expect(try times("The company hired 2024 workers and sold 300 cars.").isEmpty)
        #expect(try times("Shares closed at 1115 pence.").isEmpty)
    }

    private func expressions(_ text: String) throws -> [(String, String, String?)] {
        try found(text, published: "2024-02-08").map { ($0.text, $0.value, $0.mod) }
    }

    @Test(arguments: [
        ("Prices rose late last year.", "late last year", "2023", "END"),
        ("It began early March.", "early March", "2024-03", "START"),
        ("It began in mid-March.", "mid-March", "2024-03", "MID"),
        ("It left in the late-1990s.", "the late-1990s", "199", "END"),
        ("Prices rose in the late 1970s.", "the late 1970s", "197", "END"),
        ("They left about three weeks ago.", "about three weeks ago", "2024-W03", "APPROX"),
        ("Talks lasted more than two hours.", "more than two hours", "PT2H", "MORE_THAN"),
        ("The post-1959 politics split families.", "post-1959", "1959", "AFTER"),
        ("Sales fell to pre-2000 levels.", "pre-2000", "2000", "BEFORE"),
        ("Talks lasted less than a week.", "less than a week", "P1W", "LESS_THAN"),
        ("It may take up to three years.", "up to three years", "P3Y", "EQUAL_OR_LESS"),
        ("He left a week or so ago.", "a week or so ago", "2024-W05", "APPROX"),
        ("It will take two years or so.", "two years or so", "P2Y", "APPROX"),
        ("The plant will shut by year's end.", "year's end", "2024", "END"),
        ("The plant will shut by year end.", "year end", "2024", "END"),
        ("It took at least two days.", "at least two days", "P2D", "EQUAL_OR_MORE"),
    ])
    func modifiers(text: String, expectedText: String, value: String, mod: String) throws {
        let found = try expressions(text).first
        #expect(found?.0 == expectedText, "\(text)")
        #expect(found?.1 == value, "\(text)")
        #expect(found?.2 == mod, "\(text)")
    }

    @Test func rangesOfDaysAreTwoExpressions() throws {
        #expect(try expressions("The summit runs from Jan. 5 to 7.").map { [$0.0, $0.1] } == [["Jan. 5", "2024-01-05"], ["7", "2024-01-07"]])
        #expect(try expressions("The summit runs Jan. 12-14.").map { [$0.0, $0.1] } == [["Jan. 12", "2024-01-12"], ["14", "2024-01-14"]])
        #expect(try expressions("It runs between May 3 and 5 percent.").count == 1)
    }

    @Test func rangesOfYearsInOneTokenAreTwoYears() throws {
        #expect(try times("He starred in the 2003-04 season.").map { [$0.0, $0.2] } == [["2003", "2003"], ["04", "2004"]])
        #expect(try times("Taxes for the 2001-2003 period.").map(\.2) == ["2001", "2003"])
        #expect(try times("It ran 1999-00.").map(\.2) == ["1999", "2000"])
        #expect(try times("Call 555-0134 or 2003-0400 about the 2-1 win.").isEmpty)
    }

    @Test func clockTimesKeepTheirZone() throws {
        #expect(try expressions("Polls close at 10:30 a.m. Moscow time.").first.map { [$0.0, $0.1] } == ["10:30 a.m. Moscow time", "2024-02-08T10:30+03:00"])
        #expect(try expressions("Polls closed at 3 p.m. EST on Monday.").first.map { [$0.0, $0.1] } == ["3 p.m. EST on Monday", "2024-02-05T15:00-05:00"])
        #expect(try expressions("Polls close at 3 p.m. local time.").first?.1 == "2024-02-08T15:00")
    }

    @Test func theTenseIsTheClausesNotTheSentences() throws {
        // The "will" belongs to the quote; the weekday is when it was said.
        #expect(try times("“We will win,” Smith said Tuesday.").first { $0.0 == "Tuesday" }?.2 == "2024-02-06")
        #expect(try times("The market is scheduled to close Monday.").first?.2 == "2024-02-12")
    }

    @Test func cueWordsInOtherRolesDoNotSetTheTense() throws {
        // Anchor Thursday 2024-02-08. "plan" as a noun, "set" as a participle or a past verb.
        #expect(try first("The bank announced the plan March 21.")?.2 == "2023-03-21")
        #expect(try first("Shares fell from a record high set on Aug. 6.")?.2 == "2023-08-06")
        #expect(try first("The court set Friday as the deadline.")?.2 == "2024-02-02")
        #expect(try first("The vote is set for Friday.")?.2 == "2024-02-09")
        #expect(try first("Talks stalled over vacation plans for Friday.")?.2 == "2024-02-02")
        // "as early as" names the earliest a thing may happen.
        #expect(try first("He could return as early as Tuesday.")?.2 == "2024-02-13")
    }

    @Test func anOpeningExpressionTakesTheMainClausesTense() throws {
        #expect(try first("On Tuesday, the league plans to sue.")?.2 == "2024-02-13")
        #expect(try first("Until Monday, they had not called him a suspect.")?.2 == "2024-02-05")
        #expect(try first("On Friday, the government planned to pay the claims.")?.2 == "2024-02-02")
        #expect(try first("On Friday, talks are expected to resume.")?.2 == "2024-02-09")
    }

    @Test func aWordInSBeforeAUnitIsNotAlwaysARate() throws {
        #expect(try first("The appeal could take as long as a month.").map { [$0.0, $0.2] } == ["a month", "P1M"])
        #expect(try times("Ferries run four sailings a week.").isEmpty)
    }

    @Test func sinceYearEndIsTheLastYearEnd() throws {
        #expect(try times("The index is up 5% since year-end.", published: "2024-10-30").first?.2 == "2023-12-31")
        #expect(try times("The deal should close by year-end.", published: "2024-10-30").first?.2 == "2024-12-31")
    }

    @Test func numericDatesFollowTheConfiguredOrder() throws {
        func value(_ text: String, _ order: DateOrder) throws -> String? {
            var document = try TokenizationStage().process(try Fixtures.document(text))
            document.published = "2024-02-08"
            return try TimeExpressionStage(dateOrder: order).process(document).times.first?.value
        }
        #expect(try value("Signed on 1/2/2024.", .monthFirst) == "2024-01-02")
        #expect(try value("Signed on 1/2/2024.", .dayFirst) == "2024-02-01")
        #expect(try value("Signed on 01.02.2024.", .dayFirst) == "2024-02-01")
        #expect(try value("Signed on 02-03-2024.", .dayFirst) == "2024-03-02")
        // Valid in one order only: read that way whatever the setting.
        #expect(try value("Signed on 24.01.2024.", .monthFirst) == "2024-01-24")
        #expect(try value("Signed on 1/24/2024.", .dayFirst) == "2024-01-24")
        #expect(try value("Signed on 1/24/24.", .monthFirst) == "2024-01-24")
        // Version numbers and impossible dates are not dates.
        #expect(try value("Version 1.2.3 shipped.", .dayFirst) == nil)
        #expect(try value("Signed on 13.13.2024.", .dayFirst) == nil)
    }

    @Test func amountModifiersNeedAnAmount() throws {
        // "about" and "up to" before a date that counts nothing are prepositions.
        #expect(try found("I am optimistic about the future.", published: "2024-02-08").first.map { [$0.text, $0.mod ?? "-"] } == ["the future", "-"])
        #expect(try found("It rained about two years ago.", published: "2024-02-08").first.map { [$0.text, $0.mod ?? "-"] } == ["about two years ago", "APPROX"])
    }

    @Test func anaphoraCountFromTheLastNamedDate() throws {
        func last(_ text: String) throws -> [String]? { try times(text).last.map { [$0.0, $0.1, $0.2] } }
        #expect(try last("He arrived on March 3. He left the previous day.") == ["the previous day", "DATE", "2023-03-02"])
        #expect(try last("The plant opened in 1995. The following year it closed.") == ["The following year", "DATE", "1996"])
        #expect(try last("She fled in June 1998 and returned later that year.") == ["later that year", "DATE", "1998"])
        #expect(try last("They met on Jan. 6. That night he left.") == ["That night", "TIME", "2024-01-06TNI"])
        #expect(try last("They met on Jan. 6. Talks ended the day after.") == ["the day after", "DATE", "2024-01-07"])
        #expect(try last("Sales fell to $3 million in 2022, from $4 million the year before.") == ["the year before", "DATE", "2021"])
        #expect(try last("It began in October 1998. Pages vanished that same day.") == ["that same day", "DATE", "1998-10-XX"])
        // With no date named yet, the publication date is the reference.
        #expect(try last("The same day, talks ended.") == ["The same day", "DATE", "2024-02-08"])
        // "the day after his death" counts from the death, which has no date.
        #expect(try times("They met on Jan. 6. Police came the day after his death.").count == 1)
        #expect(try last("Shares closed on Friday, Feb. 2, down 4% from the previous Friday.") == ["the previous Friday", "DATE", "2024-01-26"])
        #expect(try last("He landed on Monday, Jan. 8, and left the following Monday.") == ["the following Monday", "DATE", "2024-01-15"])
        // "the next year" and "the previous month" stay relative to the publication date.
        #expect(try last("It began in 1995. Sales will rise the next year.")?.last != "1996")
    }

    @Test func deadlinesLookAheadUnlessInThePastPerfect() throws {
        // Anchor Thursday 2024-02-08.
        #expect(try first("The deal should be completed by December 15.")?.2 == "2024-12-15")
        #expect(try first("The bank has to repay the loan by November.")?.2 == "2024-11")
        #expect(try first("The offer was extended to November 20.")?.2 == "2024-11-20")
        #expect(try first("The vote was postponed until Tuesday.")?.2 == "2024-02-13")
        #expect(try first("It had been due to expire Monday.")?.2 == "2024-02-05")
        #expect(try first("Ten members had filed reports by Wednesday.")?.2 == "2024-02-07")
        // "by" not right before the date is not a deadline ("by the Feb. 1 accord").
        #expect(try first("Monitors were named by the January 24 accord.")?.2 == "2024-01-24")
    }

    @Test func notTimeExpressions() throws {
        #expect(try times("Mr. Reed, 52 years old, retired.").isEmpty)
        #expect(try times("The fee is $1.76 a year.").isEmpty)
        #expect(try times("The 11th Circuit ruled.").isEmpty)
        #expect(try times("Trading began as soon as the bell rang.").isEmpty)
        #expect(try times("Profit in the 1988 quarter rose.").allSatisfy { !$0.2.hasPrefix("P") })
        #expect(try times("Thousands joined the March for Life.").isEmpty)
        #expect(try times("A second group of soldiers arrived.").isEmpty)
        #expect(try times("The island imports three-quarters of its food.").isEmpty)
        #expect(try times("Now, he says, it works.").isEmpty)
        #expect(try times("They watched High Noon.").isEmpty)
        #expect(try times("It took a second or two.").count == 1)
        #expect(try times("He told the Sunday Telegraph that Screen Daily and Jamie Noon agreed.").isEmpty)
        #expect(try times("She was named player of the year.").isEmpty)
        #expect(try times("Britain was the 4th richest nation; he scored in the 21st minute.").isEmpty)
        #expect(try times("It costs £1.8bn a year and £3.90 an hour.").isEmpty)
        // Names need a name's frame: a weekday after "on" is still a day.
        #expect(try times("On Sunday President Putin spoke.").count == 1)
        #expect(try times("Sales rose at the end of the year.").count == 1)
        #expect(try times("This home of the future depends on it.").first?.2 == "FUTURE_REF")
        #expect(try times("It pays in the long run, while costs fall.").isEmpty)
        #expect(try times("Baker spoke on ABC's “This Week” programme.").isEmpty)
        #expect(try times("She led the March of the Combatant Mothers.").isEmpty)
        #expect(try times("Schools marked Holocaust Memorial Day.").isEmpty)
        // "fall" as a decline.
        #expect(try times("The fall in sales hurt profits.").isEmpty)
        #expect(try times("Analysts predict this fall from the current level.").map(\.2) == ["PRESENT_REF"])
        #expect(try times("He told BBC Radio 4's Today programme it was fine.").isEmpty)
        #expect(try times("The Daily Mail reported it.").isEmpty)
        // "current" as the noun, and in accounting terms.
        #expect(try times("The current account deficit widened.").isEmpty)
        #expect(try times("The current was strong near the rocks.").isEmpty)
        #expect(try times("An alternating current powers the pump.").isEmpty)
        #expect(try times("The Daily and Sunday Telegraph newspapers cut jobs.").isEmpty)
        #expect(try times("“Today is a sad day,” he said.").count == 1)
        #expect(try times("It aired on Twentieth Century Fox channels.").isEmpty)
        #expect(try first("Shipping starts in March for the US and Europe.")?.2 == "2024-03")
        // Quarters that are fractions or circles of people.
        #expect(try times("The Fed raised rates by a quarter point.").isEmpty)
        #expect(try times("More than a quarter have bought software.").isEmpty)
        #expect(try times("The view is shared in many quarters.").isEmpty)
        // "soon" in a story told in the past is soon after its events, not ahead of the anchor.
        #expect(try times("It was a trickle that soon became a flood.").isEmpty)
        #expect(try times("He was soon released.").isEmpty)
        #expect(try first("Prices will soon fall.")?.2 == "FUTURE_REF")
        #expect(try times("The firm moved to a calendar year.").isEmpty)
        #expect(try times("Two quarters of the seats went to the left.").isEmpty)
    }

    @Test(arguments: [
        ("They met before Christmas.", "Christmas", "DATE", "2023-12-25"),
        ("She will visit on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2024-11-28"),
        ("He was released last Easter.", "last Easter", "DATE", "2023-04-09"),
        ("It was founded in nineteen ninety-one.", "nineteen ninety-one", "DATE", "1991"),
        ("The plan dates from the year two thousand and five.", "the year two thousand and five", "DATE", "2005"),
        ("The temple dates from the 11th century.", "the 11th century", "DATE", "10"),
        ("He is a twentieth-century figure.", "twentieth-century", "DATE", "19"),
        ("Prices rose in the nineties.", "the nineties", "DATE", "199"),
        ("The deal should close by year-end.", "year-end", "DATE", "2024-12-31"),
        ("The minister spoke this morning.", "this morning", "TIME", "2024-02-08TMO"),
        ("Shots were heard last night.", "last night", "TIME", "2024-02-07TNI"),
        ("They met at midday.", "midday", "TIME", "2024-02-08T12:00"),
        ("Three days later he resigned.", "Three days", "DURATION", "P3D"),
        ("Costs rose over the past year.", "the past year", "DATE", "2023"),
        ("Profit rose for the year ended March 31.", "the year", "DURATION", "P1Y"),
        ("Sales fell in fiscal 2023.", "fiscal 2023", "DATE", "2023"),
        ("Sales fell in the fiscal year.", "the fiscal year", "DATE", "2024"),
        ("Sales fell in January this year.", "January this year", "DATE", "2024-01"),
        ("The editorial ran on Saturday, February 3.", "Saturday, February 3", "DATE", "2024-02-03"),
        ("Polls will close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "2024-02-14T22:00"),
        ("The talks ended by May.", "May", "DATE", "2023-05"),
        ("They met over the summer.", "the summer", "DATE", "2023-SU"),
        ("Sales rose in the current quarter.", "the current quarter", "DATE", "2024-Q1"),
        ("It rained over the weekend.", "the weekend", "DATE", "2024-W05-WE"),
        ("The game is set for the weekend.", "the weekend", "DATE", "2024-W06-WE"),
        ("He said on February 9 that it ended.", "February 9", "DATE", "2024-02-09"),
        ("Prices fell in February.", "February", "DATE", "2024-02"),
        ("He left several years ago.", "several years ago", "DATE", "PAST_REF"),
        ("It took a couple of years.", "a couple of years", "DURATION", "P2Y"),
        ("He served 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The talks lasted 1 1/2 hours.", "1 1/2 hours", "DURATION", "PT1H30M"),
        ("He stays two more weeks.", "two more weeks", "DURATION", "P2W"),
        ("It took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
        ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
        ("Refunds take three business days.", "three business days", "DURATION", "P3D"),
        ("They march each July.", "each July", "SET", "XXXX-07"),
        ("Rents are high these days.", "these days", "DATE", "PRESENT_REF"),
        ("Profit fell in the first half of 2023.", "the first half of 2023", "DATE", "2023-H1"),
        ("Sales rise in the second half of this year.", "the second half of this year", "DATE", "2024-H2"),
        ("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
        ("Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI"),
        ("The year two thousand has come.", "The year two thousand", "DATE", "2000"),
        ("Talks lasted half an hour.", "half an hour", "DURATION", "PT30M"),
        ("Net for the year-earlier nine months was lower.", "the year-earlier nine months", "DURATION", "P9M"),
        ("Profit rose in the nine months to September.", "the nine months", "DURATION", "P9M"),
        ("The third-quarter results were weak.", "third-quarter", "DATE", "2023-Q3"),
        ("The 15 year ban ends.", "15 year", "DURATION", "P15Y"),
        ("Buyers balked at current market prices.", "current", "DATE", "PRESENT_REF"),
        ("Holders may buy stock at the then current price.", "then current", "DATE", "PAST_REF"),
        ("It took half a century.", "half a century", "DURATION", "P50Y"),
        ("Prices fell over the past fortnight.", "the past fortnight", "DURATION", "P2W"),
        ("He stayed three fortnights.", "three fortnights", "DURATION", "P6W"),
        ("The broadcast starts at 2000 GMT.", "2000 GMT", "TIME", "2024-02-08T20:00Z"),
        ("Rates will rise in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("Prices hold over the short term.", "the short term", "DATE", "FUTURE_REF"),
        ("He waited for a while.", "a while", "DURATION", "PXX"),
        ("It happened a while ago.", "a while ago", "DATE", "PAST_REF"),
        ("The 24th was quiet.", "The 24th", "DATE", "2024-01-24"),
        ("Prices rose in past years.", "past years", "DURATION", "PXY"),
        ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "DATE", "2024-02-05"),
        ("They met the day after Christmas.", "the day after Christmas", "DATE", "2023-12-26"),
        ("Crowds gathered as Easter week began.", "Easter week", "DATE", "2023-W14"),
        ("Funds lost $14 million Friday Oct. 13 alone.", "Friday Oct. 13", "DATE", "2023-10-13"),
        ("A hearing is set for the week of March 4.", "the week of March 4", "DATE", "2024-W10"),
        ("Sales for this year's third quarter rose.", "this year's third quarter", "DATE", "2024-Q3"),
        ("It could start as early as next year's first half.", "next year's first half", "DATE", "2025-H1"),
        ("Lawyers left a day-long meeting.", "day-long", "DURATION", "P1D"),
        ("It ended a decades-long feud.", "decades-long", "DURATION", "PXY"),
        ("He ended a several-year tenure.", "several-year", "DURATION", "PXY"),
        ("The loan may be extended for an additional year.", "an additional year", "DURATION", "P1Y"),
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2024-02-07TAF"),
        ("By mid afternoon, the raid was over.", "mid afternoon", "TIME", "2024-02-08TAF"),
        ("Islam will one day be the largest faith there.", "one day", "DATE", "FUTURE_REF"),
        ("The charge is spread over the next three quarters.", "the next three quarters", "DURATION", "P9M"),
        ("Profit rose in the fiscal-first quarter.", "the fiscal-first quarter", "DATE", "2024-Q1"),
        ("Profit rose in the fiscal first quarter.", "the fiscal first quarter", "DATE", "2024-Q1"),
        ("It is the eighth day of the strike.", "the eighth day", "DATE", "2024-02-08"),
        ("Sales rose in the last week of December 2023.", "the last week of December 2023", "DATE", "2023-W52"),
        ("Talks resume in the first week of March.", "the first week of March", "DATE", "2024-W10"),
        ("The court ruled on 30 July, 2002 that it was unlawful.", "30 July, 2002", "DATE", "2002-07-30"),
        ("The dollar was at $1.30 at 0400 GMT on Wednesday.", "0400 GMT on Wednesday", "TIME", "2024-02-07T04:00Z"),
        ("Prices rose in the 1990's.", "the 1990's", "DATE", "199"),
        ("On Christmas Day, he spoke.", "Christmas Day", "DATE", "2023-12-25"),
        ("He was killed last fall in his home.", "last fall", "DATE", "2023-FA"),
        ("Shares recovered in the fall.", "the fall", "DATE", "2023-FA"),
        ("The deal expires at midnight of 31 January.", "midnight of 31 January", "TIME", "2024-01-31T24:00"),
        ("It will be decided at a later date.", "a later date", "DATE", "FUTURE_REF"),
        ("Prices could fall in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        ("Profit rose in the quarter ended July 31.", "the quarter", "DATE", "2023-Q2"),
        ("Profit rose in the quarter ending Jan. 31.", "the quarter", "DATE", "2023-Q4"),
        ("Growth slowed in the last quarter of 2023.", "the last quarter of 2023", "DATE", "2023-Q4"),
        ("Growth slowed in the last quarter.", "the last quarter", "DATE", "2023-Q4"),
        ("It changed over the past quarter of a century.", "the past quarter of a century", "DURATION", "P25Y"),
        ("Demand held through the first two quarters of 2023.", "the first two quarters of 2023", "DATE", "2023-H1"),
    ])
    func calendarPhrases(text: String, expectedText: String, type: String, value: String) throws {
        try expectFirst(text, expectedText, type, value)
    }

    @Test func earningsReportsCompareWithTheSameQuarter() throws {
        let report = "Net income rose to $5 million, or 10 cents a share, in the third quarter from $4 million a year ago. "
            + "Revenue in the year-ago quarter was lower, as it was in last year's quarter."
        let found = try times(report)
        #expect(found.map(\.0) == ["the third quarter", "a year ago", "the year-ago quarter", "last year's quarter"])
        #expect(found.map(\.2) == ["2023-Q3", "2022-Q3", "2022-Q3", "2022-Q3"])
        // Elsewhere "a year ago" is the year before.
        #expect(try times("He moved to Paris a year ago.").first?.2 == "2023")
        #expect(try times("Net income rose in the third quarter. For the quarter a year ago, it earned $2 million.").last.map { [$0.0, $0.2] } == ["the quarter a year ago", "2022-Q3"])
        // "the quarter ended July 31" names its own quarter.
        #expect(try times("Net income rose to $5 million, or 10 cents a share, in the quarter ended July 31.").first.map { [$0.0, $0.2] } == ["the quarter", "2023-Q2"])
        // A quarter named with its year is history, not the quarter reported.
        let history = "The utility stopped its dividend in the third quarter of 2019. It reported second-quarter profit of $5 million, up from $4 million a year ago."
        #expect(try times(history).last.map { [$0.0, $0.2] } == ["a year ago", "2022-Q2"])
        // In a report's nine-month comparison too.
        #expect(try times("Net income for the third quarter rose; for the nine months it fell from a year earlier.").last?.2 == "2023")
    }
}
