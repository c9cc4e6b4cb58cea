import Testing
@testable import WirewatchCore

/// Attribution rules on sentences written for the tests (no entities involved).
@Suite struct AttributionFinderTests {
    struct Found: Equatable, CustomStringConvertible {
        var kind: Quote.Kind
        var content: String
        var cue: String?
        var speaker: String?
        var parts: Int
        var inherits: Int?
        var description: String { "\(kind) [\(content)] cue=\(cue ?? "-") speaker=\(speaker ?? "-") parts=\(parts) inherits=\(inherits.map(String.init) ?? "-")" }
    }

    private func find(_ text: String) throws -> [Found] {
        let document = try TokenizationStage().process(try Fixtures.document(text))
        var body = document.text
        return body.withUTF8 { bytes in
            let tokens = document.tokens
            let (words, capitalised) = Document.words(bytes, tokens[...])
            let context = AttributionFinder.Text(bytes, tokens: tokens, words: words, capitalised: capitalised, sentences: tokens.ranges(of: document.sentences))
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[range.lowerBound].span.start..<tokens[range.upperBound - 1].span.end]), as: UTF8.self)
            }
            return AttributionFinder().find(context).map {
                Found(kind: $0.kind, content: text($0.content), cue: $0.cue.map(text), speaker: $0.speaker.map(text), parts: $0.parts.count, inherits: $0.inherits)
            }
        }
    }

    @Test func aQuoteFollowedByItsSpeaker() throws {
        #expect(try find("“We need more time,” the minister told reporters.") == [
            Found(kind: .direct, content: "“We need more time,”", cue: "told", speaker: "the minister", parts: 1),
        ])
        #expect(try find("“We need more time,” said Maria Lopez.") == [
            Found(kind: .direct, content: "“We need more time,”", cue: "said", speaker: "Maria Lopez", parts: 1),
        ])
        #expect(try find("“Where do we go now?” she asked.").first?.speaker == "she")
    }

    @Test func aTranscriptInsideOneQuotationIsReadTurnByTurn() throws {
        let text = """
            The governor spoke to the host on Sunday. A partial transcript follows:

            "HOST: Will the senator be there? People said she would come.

            "GOV. ANNA BERG: No. She told me she was staying home, and I believe her.

            "(CROSSTALK.)

            "HOST: Then who will?

            "BERG: Nobody. We are “done” with that.

            "And that is all I will say."
            """
        #expect(try find(text) == [
            Found(kind: .direct, content: "Will the senator be there? People said she would come.", cue: ":", speaker: "HOST", parts: 1),
            Found(kind: .direct, content: "No. She told me she was staying home, and I believe her.", cue: ":", speaker: "GOV. ANNA BERG", parts: 1),
            Found(kind: .direct, content: "Then who will?", cue: ":", speaker: "HOST", parts: 1),
            // The next paragraph reopens the quotation with no label: the same turn goes on.
            Found(kind: .direct, content: "Nobody. We are “done” with that.\n\n\"And that is all I will say.", cue: ":", speaker: "BERG", parts: 1),
        ])
    }

    @Test func aLongTranscriptIsReadTurnByTurn() throws {
        // Two thousand turns, each quoting something: every turn is found, none of the inner quotes stands alone.
        let turns = (0..<2000).map { "\"\($0 % 2 == 0 ? "HOST" : "GUEST"): Answer \($0) calls it “fine” and moves on." }
        let found = try find(turns.joined(separator: "\n\n") + "\"")
        #expect(found.count == 2000)
        #expect(found.allSatisfy { $0.kind == .direct && $0.cue == ":" })
        #expect(found.last?.content == "Answer 1999 calls it “fine” and moves on.")
    }

    @Test func aTranscriptWithoutQuotationMarksEndsEachTurnWithItsParagraph() throws {
        let text = """
            TAPPER: Do you think he has campaigned well?

            FALLIN: I think he is trying.

            TAPPER: Thank you, Governor.

            Fallin said later that the race was close.
            """
        let found = try find(text)
        #expect(found.map(\.speaker) == ["TAPPER", "FALLIN", "TAPPER", "Fallin"])
        #expect(found.prefix(3).map(\.content) == ["Do you think he has campaigned well?", "I think he is trying.", "Thank you, Governor."])
        #expect(found.last?.kind == .indirect)
    }

    @Test func labelsThatAreNoTranscriptAreLeftAlone() throws {
        // Section heads and a note: no speaker speaks twice, and "UPDATE" names no one.
        let text = """
            STAT OF THE WEEK: Ten percent of voters are undecided.

            SHORT READS: The mayor said the budget would pass.

            UPDATE: The vote was delayed.

            UPDATE: The vote passed.
            """
        let found = try find(text)
        #expect(!found.contains { $0.cue == ":" })
        #expect(found.contains { $0.speaker == "The mayor" && $0.content == "the budget would pass" })
    }

    @Test func reportedContentThatIsAllQuotationIsDirect() throws {
        let found = try find("He continued, “I believe it is about repairing the damage.”")
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker == "He")
    }

    @Test func speakersAfterTheQuoteWithParenthesesOrADescriptionFirst() throws {
        #expect(try find("“It reminds us,” Sen. Ana Ruiz (D-Ore.) said Saturday.").first?.speaker == "Sen. Ana Ruiz (D-Ore.)")
        #expect(try find("“She is a mother,” another friend, Mariam Emara told CNN.").first?.speaker == "another friend, Mariam Emara")
    }

    @Test func anIntroductoryPhraseIsNotTheSubject() throws {
        let found = try find("In June 2009, Axelrod wrote to her, telling her, “You are an all-star player.”")
        #expect(found.first { $0.kind == .direct }?.speaker == "Axelrod")
    }

    @Test func aCueRightAfterAClosingMarkIsACue() throws {
        // '' as a double mark: the apostrophe before "said" is the quote's, not a possessive.
        #expect(try find("''We need more time,'' said Maria Lopez.").first?.speaker == "Maria Lopez")
    }

    @Test func aColonAfterAClauseWhoseSubjectIsANameIntroducesTheQuote() throws {
        let found = try find("Rubio fired back forcefully: “If they sue us, they will lose.”")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker == "Rubio")
    }

    @Test func aFullNameAndAColonIntroduceTheQuote() throws {
        let found = try find("The result does not surprise the pollster Daron Shaw: “Lesser-known candidates often surge early.”")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker == "Daron Shaw")
        // Not a place or a lone word before the colon.
        #expect(try find("The sign read: “Keep out of the water.”").first?.speaker != "read")
    }

    @Test func aQuoteThatRunsOnInItsClauseIsPartOfReportedContent() throws {
        let found = try find("The senator said “the wind is at our backs” despite his loss in Iowa.")
        #expect(found.filter { $0.kind == .direct }.isEmpty)
        let report = found.first { $0.kind == .indirect }
        #expect(report?.content == "“the wind is at our backs” despite his loss in Iowa")
        #expect(report?.speaker == "The senator")
        #expect(found.contains { $0.kind == .partial && $0.content == "“the wind is at our backs”" })
        // A quote that ends its sentence stays direct.
        #expect(try find("The senator said, “The wind is at our backs.”").first?.kind == .direct)
    }

    @Test func stanceVerbsAttributeTheirObject() throws {
        #expect(try find("The senator endorsed Maria Lopez on Tuesday.") == [
            Found(kind: .indirect, content: "Maria Lopez on Tuesday", cue: "endorsed", speaker: "The senator", parts: 1),
        ])
        #expect(try find("A group of rabbis called for a boycott of his speech.").first.map { [$0.cue, $0.content] } == ["called for", "a boycott of his speech"])
        #expect(try find("Beck called Palin a clown.").first?.content == "Palin a clown")
        // Naming, not labelling; and a noun after a determiner is no cue.
        #expect(try find("She joined a group called Moms Against Guns.").isEmpty)
        #expect(try find("The criticism of the plan grew.").isEmpty)
        #expect(try find("Sanders won more pledged delegates in the state.").isEmpty)
        #expect(try find("Profit rose thanks to cost-cutting measures.").isEmpty)
        #expect(try find("The court set a date for the case of the four men accused of doping athletes.").isEmpty)
        #expect(try find("The bill was rejected by the senators.").isEmpty)
        // A quoted phrase after a stance verb is a fragment of the report, not a direct quote.
        let found = try find("The campaign denounced what it calls “the biggest coordinated media attack in history.”")
        #expect(!found.contains { $0.kind == .direct })
    }

    @Test func someBeliefVerbsTakeABareClauseOrAnInfinitive() throws {
        #expect(try find("Strategists hope the ads will help the candidates.").first?.content == "the ads will help the candidates")
        #expect(try find("I think he is right about that.").first?.content == "he is right about that")
        #expect(try find("I feel he is right about that.").isEmpty)
        #expect(try find("The minister declined to identify the donors.").first.map { [$0.cue, $0.content] } == ["declined", "to identify the donors"])
        // Passive: nobody is said to expect anything; "Work" is not a speaker (the raising rule reports it without one).
        #expect(try find("Work is expected to begin in the autumn.").allSatisfy { $0.speaker == nil })
    }

    @Test func contentStopsBeforeACoordinatedAttribution() throws {
        let found = try find("The senator criticized the policy and said allies were worried about it.")
        #expect(found.map(\.content) == ["the policy", "allies were worried about it"])
        #expect(found.allSatisfy { $0.speaker == "The senator" })
    }

    @Test func aParentheticalAttributionReportsTheWholeSentence() throws {
        #expect(try find("It was impossible, Gabuyev said, so the leaders divided the work.").first?.content
            == "It was impossible, Gabuyev said, so the leaders divided the work")
        // An adjunct after the attribution is not reported.
        #expect(try find("Buses will run again on three routes, the authority said on Sunday, after a pause.").first?.content
            == "Buses will run again on three routes")
    }

    @Test func addresseesQuestionsAndFrontedClauses() throws {
        #expect(try find("He told the raucous crowd that it meant a lot to him.").first?.content == "that it meant a lot to him")
        #expect(try find("Reporters asked whether the deal would survive.").first.map { [$0.content, $0.speaker] } == ["whether the deal would survive", "Reporters"])
        #expect(try find("When Trump suggested that Cuba would sue, Rubio fired back.").first.map { [$0.content, $0.speaker] } == ["that Cuba would sue", "Trump"])
        let asked = try find("Asked about his paid speeches, the campaign said nothing.")
        #expect(asked.map(\.content) == ["his paid speeches"])
        #expect(asked.first?.speaker == "the campaign")
        #expect(try find("Tad Devine, Sanders' senior media adviser, said the plan was misguided.").first?.speaker == "Tad Devine, Sanders' senior media adviser")
    }

    @Test func headlines() throws {
        #expect(try find("Roger Stone: Don't Trust the Voting Machines\n\nThe adviser spoke on Monday.").first.map { [$0.content, $0.speaker] }
            == ["Don't Trust the Voting Machines", "Roger Stone"])
        #expect(try find("Francois Hollande Says Donald Trump Makes You Want To Retch\n\nThe president spoke.").first.map { [$0.cue, $0.speaker] }
            == ["Says", "Francois Hollande"])
        // The cue may end the headline, with or without a full stop.
        for headline in ["Trump Could Address Clean Energy, Lindsey Graham Says", "Trump Could Address Clean Energy, Lindsey Graham Says."] {
            #expect(try find(headline + "\n\nThe senator spoke.").first.map { [$0.content, $0.cue, $0.speaker] }
                == ["Trump Could Address Clean Energy", "Says", "Lindsey Graham"])
        }
        // In running text a capitalised "Says" is no cue, and a colon after a name in a sentence with a full stop is no headline.
        #expect(try find("She read the novel Simon Says Stop.").isEmpty)
    }

    @Test func aSingularNounPhraseAgreesWithACueInS() throws {
        #expect(try find("The billionaire businessman says running for president is tough.").first?.speaker == "The billionaire businessman")
    }

    @Test func raisingVerbsReportTheWholeClauseWithoutASource() throws {
        let found = try find("The governor is expected to sign the bill on Friday.")
        #expect(found.map(\.content) == ["The governor is expected to sign the bill on Friday"])
        #expect(found.first?.speaker == nil)
        #expect(try find("He expected to win easily.").allSatisfy { $0.content != "He expected to win easily" })
    }

    @Test func aQuoteIntroducedByItsSpeaker() throws {
        #expect(try find("The mayor said: “The bridge stays shut.”") == [
            Found(kind: .direct, content: "“The bridge stays shut.”", cue: "said", speaker: "The mayor", parts: 1),
        ])
        #expect(try find("Lopez went on to say, “The bridge stays shut.”").first?.cue == "went on to say")
        #expect(try find("The email goes on to say: “The bridge stays shut.”").first?.cue == "goes on to say")
    }

    @Test func aQuoteSplitByItsAttributionIsOneQuoteInTwoParts() throws {
        let found = try find("“We need more time,” she said, smiling. “The talks are hard.”")
        #expect(found.count == 1)
        #expect(found.first?.parts == 2)
        #expect(found.first?.content == "“We need more time,” she said, smiling. “The talks are hard.”")
    }

    @Test func aSplitQuoteLooksPastATitleQuotedInItsAttribution() throws {
        let found = try find("“It is nonsense,” Mr. Lopez said on NBC’s “Meet the Press.” “She is wrong about everything.”")
        let quote = found.first { $0.cue == "said" }
        #expect(quote?.parts == 2)
        #expect(quote?.content.hasSuffix("“She is wrong about everything.”") == true)
        // The report's own source does not end the quote: "…, the judge said, according to the Post. “…”".
        let sourced = try find("“When does it stop?” the judge said, according to the Post. “This case is about the public.”")
        #expect(sourced.first { $0.kind == .direct }?.parts == 2)
    }

    @Test func aColonIntroducesAQuoteOfItsOwn() throws {
        let found = try find("“If she gets to pick her judges, nothing you can do,” Smith said before adding: “Maybe there is.”")
        #expect(found.first { $0.cue == "said" }?.parts == 1)
        #expect(found.contains { $0.content == "“Maybe there is.”" && $0.kind == .direct })
    }

    @Test func aQuoteAfterACommaThatIsAllOfTheReportIsDirect() throws {
        let found = try find("The judge issued a statement on Tuesday saying, “I do not feel that heritage makes anyone partial.”")
        #expect(found.contains { $0.kind == .direct && $0.content == "“I do not feel that heritage makes anyone partial.”" })
        #expect(!found.contains { $0.kind == .partial })
    }

    @Test func aQuoteAfterADashOrColonStartsItsOwnClause() throws {
        let found = try find("He praised brutal leaders like Saddam Hussein - “He would have loved Stalin,” the senator said.")
        #expect(found.first { $0.cue == "said" }?.kind == .direct)
        #expect(found.first { $0.cue == "said" }?.content == "“He would have loved Stalin,”")
    }

    @Test func theSubjectOfAClauseBeforeAColonOrAnInfinitive() throws {
        #expect(try find("Asked which county was his favorite, he demurred: “Whichever one I am in.”").first { $0.kind == .direct }?.speaker == "he")
        #expect(try find("The debate was so calm that Mr. Trump was prompted to say, “I cannot believe how civil it is.”").first?.speaker == "Mr. Trump")
        #expect(try find("Mr. Smith shot back: “That would be good.”").first?.speaker == "Mr. Smith")
        #expect(try find("Wilkerson brought up the bombing and later said, “It is not just one group.”").first?.speaker == "Wilkerson")
    }

    @Test func anAttributionWithNothingLeftAfterTrimmingIsDropped() throws {
        // Found by a token-soup run: the content trimmed to no tokens and its span had end < start.
        let found = try find("$ ? ’ ,Il-76 saying")
        #expect(found.allSatisfy { !$0.content.isEmpty })
    }

    @Test func longAppositionsAndAttributions() throws {
        let after = try find("“We will win,” Bernie Sanders, the independent senator from Vermont and a Democratic candidate for president in this year's race, told ABC.")
        #expect(after.first?.speaker == "Bernie Sanders, the independent senator from Vermont and a Democratic candidate for president in this year's race")
        let before = try find(
            "James Lewis, a former government cybersecurity expert who now studies the cyber activities of nations at the Center for Strategic and International Studies, said, “They almost certainly picked it up.”")
        #expect(before.first?.kind == .direct)
        #expect(before.first?.speaker?.hasPrefix("James Lewis") == true)
    }

    @Test func aCueWordInAnAdjunctDoesNotSplitAQuote() throws {
        let found = try find("“There is no organized effort,” said spokesman Sean Spicer in a Friday tweet. “It is nothing more than a fantasy.”")
        #expect(found.count == 1)
        #expect(found.first?.parts == 2)
    }

    @Test func aQuoteAfterAddingIsAQuoteOfItsOwn() throws {
        let found = try find("“We will win,” he said, adding, “The polls are wrong.”")
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.map(\.speaker) == ["he", "he"])
        #expect(found.allSatisfy { $0.parts == 1 })
    }

    @Test func anAttributionWithACueNounBetweenItsParts() throws {
        let found = try find("“We work hand in hand,” she said in her remarks. “And it is better.”")
        #expect(found.count == 1)
        #expect(found.first?.parts == 2)
    }

    @Test func aParagraphOfQuotationContinuesTheLastSpeaker() throws {
        let found = try find("“We need more time,” the minister said.\n\n“The talks are hard and will go on for weeks.”")
        #expect(found.count == 2)
        #expect(found[1].kind == .direct)
        #expect(found[1].speaker == nil)
        #expect(found[1].inherits == 0)
        // When the speaker's quote closes its paragraph, the next paragraph of quotation is one more part of it.
        let continued = try find("“We need more time,” the minister said. “The talks are hard.”\n\n“They will go on for weeks.”")
        #expect(continued.count == 1)
        #expect(continued.first?.parts == 3)
    }

    @Test func reportedSpeechWithAThatClause() throws {
        #expect(try find("The minister said on Friday that the talks would resume next week.") == [
            Found(kind: .indirect, content: "that the talks would resume next week", cue: "said", speaker: "The minister", parts: 1),
        ])
        #expect(try find("Officials told reporters the bridge would reopen in March.").first?.content == "the bridge would reopen in March")
    }

    @Test func reportedSpeechBeforeItsSpeaker() throws {
        #expect(try find("The bridge will stay closed until March, the agency said.") == [
            Found(kind: .indirect, content: "The bridge will stay closed until March", cue: "said", speaker: "the agency", parts: 1),
        ])
        #expect(try find("The bridge will stay closed until March, said Maria Lopez.").first?.speaker == "Maria Lopez")
    }

    @Test func accordingToBeforeOrAfterTheContent() throws {
        #expect(try find("According to the ministry, the bridge will stay closed.") == [
            Found(kind: .indirect, content: "the bridge will stay closed", cue: "According to", speaker: "the ministry", parts: 1),
        ])
        #expect(try find("The bridge will stay closed, according to a source familiar with the plans.") == [
            Found(kind: .indirect, content: "The bridge will stay closed", cue: "according to", speaker: "a source familiar with the plans", parts: 1),
        ])
    }

    @Test func aParticipleReusesTheSpeakerOfItsSentence() throws {
        let found = try find("The mayor said the bridge was unsafe, adding that repairs would take a year.")
        #expect(found.count == 2)
        #expect(found[1].cue == "adding")
        #expect(found[1].speaker == nil)
        #expect(found[1].inherits == 0)
        #expect(found[0].content == "the bridge was unsafe")
    }

    @Test func aQuotedFragmentInsideReportedSpeechIsPartial() throws {
        let found = try find("The minister called it a “barbaric act” and said it was “a crime against everyone.”")
        let partial = found.filter { $0.kind == .partial }
        #expect(partial.map(\.content) == ["“barbaric act”", "“a crime against everyone.”"])
        #expect(partial.allSatisfy { $0.speaker == "The minister" })
    }

    @Test func titlesAndAppositionsBelongToTheSpeakerPhrase() throws {
        #expect(try find("Maria Lopez, the city's transport commissioner, said the bridge was unsafe.").first?.speaker
            == "Maria Lopez, the city's transport commissioner")
        #expect(try find("Officials, on condition of anonymity, said the bridge was unsafe.").first?.speaker == "Officials, on condition of anonymity")
        #expect(try find("Officials who spoke on condition of anonymity said the bridge was unsafe.").first?.speaker
            == "Officials who spoke on condition of anonymity")
        #expect(try find("Sen. Ana Ruiz (D-Ore.) said the bridge was unsafe.").first?.speaker == "Sen. Ana Ruiz (D-Ore.)")
    }

    @Test func anImpersonalCueHasNoSource() throws {
        let document = try TokenizationStage().process(try Fixtures.document("It is believed that the bridge was unsafe."))
        var body = document.text
        let impersonal = body.withUTF8 { bytes in
            let (words, capitalised) = Document.words(bytes, document.tokens[...])
            let context = AttributionFinder.Text(bytes, tokens: document.tokens, words: words, capitalised: capitalised, sentences: document.tokens.ranges(of: document.sentences))
            return AttributionFinder().find(context).map(\.impersonal)
        }
        #expect(impersonal == [true])
    }

    @Test func nounsThatLookLikeCuesAreNotAttributions() throws {
        #expect(try find("There were reliable reports that the bridge was unsafe.").isEmpty)
        #expect(try find("His claims that the bridge was unsafe were wrong.").isEmpty)
        #expect(try find("The bridge was closed for repairs in March.").isEmpty)
    }

    @Test func onlyCueWordsMayStartACue() throws {
        let document = try TokenizationStage().process(try Fixtures.document("According to Ruiz, the mayor said the bridge pointed out nothing, and Lee accused him."))
        var body = document.text
        let (flags, words) = body.withUTF8 { bytes in
            let (words, capitalised) = Document.words(bytes, document.tokens[...])
            let context = AttributionFinder.Text(bytes, tokens: document.tokens, words: words, capitalised: capitalised, sentences: document.tokens.ranges(of: document.sentences))
            return (context.mayStartCue, words)
        }
        // Cue words, first words of cue phrases and stance verbs; nothing else.
        #expect(zip(words, flags).filter(\.1).map(\.0) == ["according", "said", "pointed", "accused"])
    }

    @Test func aLaterQuotationInTheParagraphGoesOnWithTheQuote() throws {
        // The attribution runs on too long for the quote to be taken as split by it; the
        // quotation after it in the paragraph, with no cue, still goes on with the quote.
        let description = ", a nurse, a mother of three, a union member since 1998, and, for many of her colleagues, the face of the strike, which began in the cold, wet spring of that year."
        let found = try find("“We will not back down,” said Ana Ruiz" + description + " “Nobody wants this to go on.”")
        let direct = try #require(found.first { $0.kind == .direct }, "\(found)")
        #expect(found.filter { $0.kind == .direct }.count == 1, "\(found)")
        #expect(direct.parts == 2)
        #expect(direct.speaker?.hasPrefix("Ana Ruiz") == true)
        // After another speaker's report, or in the next paragraph, it is a quote of its own.
        let apart = try find("“We will not back down,” said Ana Ruiz" + description + " Officials said talks would resume. “Nobody wants this to go on.”")
        #expect(apart.filter { $0.kind == .direct }.map(\.parts) == [1, 1], "\(apart)")
        let next = try find("“We will not back down,” said Ana Ruiz" + description + "\n\nThe talks went on. “Nobody wants this to go on.”")
        #expect(next.filter { $0.kind == .direct }.map(\.parts) == [1, 1], "\(next)")
    }
}
