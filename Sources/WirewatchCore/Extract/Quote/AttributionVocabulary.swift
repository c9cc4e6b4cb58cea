/// Closed word classes of English attribution: cue verbs and phrases, pronouns, role nouns,
/// document nouns and the markers of anonymous sourcing. All entries are lower case.
enum AttributionVocabulary {
    /// How a cue word introduces what is attributed.
    enum CueStrength: Sendable {
        /// A verb of saying: takes direct quotes, that-clauses and inverted subjects ("said Antonov").
        case speech
        /// A verb of believing or knowing: an attribution only with a that-clause or a quote
        /// (some also with a bare clause, "I think he's right", or an infinitive, "hopes to win").
        case belief
        /// A verb of stance or of a speech act whose object is what is attributed: "endorsed
        /// Sanders", "criticized the president's policy", "called for a boycott". Never takes an
        /// inverted subject or a quote after it.
        case stance
    }

    /// Every inflected form of the cue verbs, with their strength. Forms are listed, not derived,
    /// because English inflection is irregular ("said", "told", "wrote").
    static let cueWords: [String: CueStrength] = {
        let speech: [String] = [
            "say says said saying", "tell tells told telling", "announce announces announced announcing",
            "add adds added adding", "note notes noted noting", "stress stresses stressed stressing",
            "emphasize emphasizes emphasized emphasizing", "emphasise emphasises emphasised emphasising",
            "claim claims claimed claiming", "report reports reported reporting", "state states stated stating",
            "warn warns warned warning", "write writes wrote writing written", "acknowledge acknowledges acknowledged acknowledging",
            "deny denies denied denying", "insist insists insisted insisting", "explain explains explained explaining",
            "argue argues argued arguing", "assert asserts asserted asserting", "declare declares declared declaring",
            "confirm confirms confirmed confirming", "admit admits admitted admitting", "reply replies replied replying",
            "respond responds responded responding", "answer answers answered answering", "ask asks asked asking",
            "tweet tweets tweeted tweeting", "remark remarks remarked remarking", "recall recalls recalled recalling",
            "suggest suggests suggested suggesting", "predict predicts predicted predicting", "conclude concludes concluded concluding",
            "comment comments commented commenting", "testify testifies testified testifying", "allege alleges alleged alleging",
            "maintain maintains maintained maintaining", "contend contends contended contending", "concede concedes conceded conceding",
            "observe observes observed observing", "complain complains complained complaining", "urge urges urged urging",
            "vow vows vowed vowing", "pledge pledges pledged pledging", "promise promises promised promising",
            "threaten threatens threatened threatening", "boast boasts boasted boasting", "quip quips quipped quipping",
            "joke jokes joked joking", "shout shouts shouted shouting", "exclaim exclaims exclaimed exclaiming",
            "inform informs informed informing", "assure assures assured assuring", "caution cautions cautioned cautioning",
            "reveal reveals revealed revealing", "disclose discloses disclosed disclosing", "indicate indicates indicated indicating",
            "counter counters countered countering", "retort retorts retorted retorting", "charge charges charged charging",
            "estimate estimates estimated estimating", "forecast forecasts forecasting", "mention mentions mentioned mentioning",
            "repeat repeats repeated repeating", "reiterate reiterates reiterated reiterating", "demand demands demanded demanding",
            "agree agrees agreed agreeing", "show shows showed shown showing",
            "find finds found finding", "conclude", "post posts posted posting", "continue continues continued continuing",
            "wonder wonders wondered wondering", "recount recounts recounted recounting",
            "declined", "decline declines", "apologize apologizes apologized apologizing",
            "apologise apologises apologised apologising", "sing sings sang singing", "chant chants chanted chanting",
            "yell yells yelled yelling", "scream screams screamed screaming", "insist", "concur concurs concurred",
            "guarantee guarantees guaranteed", "proclaim proclaims proclaimed proclaiming", "announce",
            "mock mocks mocked mocking", "riff riffs riffed riffing", "recalled", "charged", "quipped", "scoffed", "scoff scoffs",
            "muse muses mused musing", "shrug shrugs shrugged", "sigh sighs sighed",
            "interject interjects interjected", "interrupt interrupts interrupted", "snap snaps snapped", "fume fumes fumed",
            "beam beams beamed", "retaliate retaliates retaliated", "pressed", "plead pleads pleaded",
            "gush gushes gushed", "marvel marvels marveled marvelled", "rail rails railed", "tout touts touted",
            "lament laments lamented", "crow crows crowed", "cheer cheers cheered", "reason reasons reasoned",
        ]
        let belief: [String] = [
            "believe believes believed believing", "think thinks thought thinking", "feel feels felt feeling",
            "hope hopes hoped hoping", "fear fears feared fearing", "expect expects expected expecting",
            "know knows knew known knowing", "doubt doubts doubted doubting", "worry worries worried worrying",
            "assume assumes assumed assuming", "understand understands understood understanding", "learn learns learned learnt",
            "hear hears heard hearing", "want wants wanted wanting", "plan plans planned planning", "seem seems seemed",
            "consider considers considered considering", "suspect suspects suspected suspecting", "appear appears appeared", "realize realizes realized",
            "realise realises realised", "read reads",
        ]
        // Forms that are also common nouns ("an order", "the list", "a blast") are listed in the past only.
        let stance: [String] = [
            "cite cites cited citing", "discuss discusses discussed discussing", "express expresses expressed expressing",
            "ordered", "listed", "questioned", "detailed", "outlined", "signaled", "signalled", "quoted", "echoed", "referenced",
            "invoke invokes invoked invoking", "imply implies implied implying", "highlight highlights highlighted highlighting",
            "portray portrays portrayed portraying", "convince convinces convinced convincing", "persuade persuades persuaded persuading",
            "retweet retweets retweeted retweeting", "decry decries decried decrying", "bemoan bemoans bemoaned bemoaning",
            "describe describes described describing", "accuse accuses accused accusing", "propose proposes proposed proposing",
            "criticize criticizes criticized criticizing", "criticise criticises criticised criticising", "praised", "praises",
            "praising", "defend defends defended defending", "blame blames blamed blaming", "reject rejects rejected rejecting",
            "blasted", "blasting", "slammed", "slamming", "dismiss dismisses dismissed dismissing", "prefer prefers preferred preferring",
            "denounce denounces denounced denouncing", "condemn condemns condemned condemning", "thank thanks thanked thanking",
            "congratulate congratulates congratulated congratulating", "applaud applauds applauded applauding", "hailed", "hailing",
            "resist resists resisted resisting", "deride derides derided deriding", "assail assails assailed assailing",
            "lambaste lambastes lambasted lambasting", "rebuke rebukes rebuked rebuking", "endorse endorses endorsed endorsing",
            "ripped", "dub dubs dubbed dubbing", "label labels labeled labelled labeling labelling", "characterize characterizes characterized characterizing",
            "liken likens likened likening", "refuse refuses refused refusing", "seek seeks sought seeking",
            "intend intends intended intending", "decide decides decided deciding", "aim aims aimed aiming",
            "called", "calls", "call", "calling",
        ]
        var table: [String: CueStrength] = [:]
        for line in stance { for form in line.split(separator: " ") { table[String(form)] = .stance } }
        for line in belief { for form in line.split(separator: " ") { table[String(form)] = .belief } }
        for line in speech { for form in line.split(separator: " ") { table[String(form)] = .speech } }
        // Verbs whose every use is not reported speech without a quote or clause.
        for form in ["declined", "decline", "declines", "charge", "charges", "charged", "charging", "continue", "continues",
            "continued", "continuing", "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding",
            "agree", "agrees", "agreed", "agreeing", "post", "posts", "posted", "posting", "state", "states",
            "demand", "demands", "demanded", "demanding",
            "report", "reports", "answer", "answers"]
        {
            table[form] = .belief
        }
        // "the states": a plural noun far more often than a verb.
        table.removeValue(forKey: "states")
        return table
    }()

    /// Multi-word stance cues ("called for a boycott", "referred to the attack"): the content is
    /// their object. Keyed by the verb form, the value is its particle.
    static let stanceParticles: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for phrase in stancePhrases { table[phrase[0], default: []].insert(phrase[1]) }
        return table
    }()

    static let stancePhrases: [[String]] = {
        let verbs: [(forms: String, particle: String)] = [
            ("call calls called calling", "for"), ("call calls called calling", "on"), ("refer refers referred referring", "to"),
            ("point points pointed pointing", "to"), ("speak speaks spoke speaking", "about"),
            ("speak speaks spoke speaking", "of"), ("warn warns warned warning", "of"), ("rail rails railed railing", "against"),
            ("push pushes pushed pushing", "for"), ("ask asks asked asking", "about"), ("ask asks asked asking", "for"),
            ("vouch vouches vouched vouching", "for"), ("side sides sided siding", "with"), ("lay lays laid laying", "out"),
        ]
        return verbs.flatMap { verb in verb.forms.split(separator: " ").map { [String($0), verb.particle] } }
    }()

    /// Belief verbs that take a bare clause as well as a that-clause ("strategists hope the
    /// ads will help"); "think" and "know" do not, as their bare uses are mostly not attributions.
    static let bareClauseVerbs: Set<String> = [
        "believe", "believes", "believed", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries", "worried",
        "wonder", "wonders", "wondered", "doubt", "doubts", "doubted", "learn", "learns", "learned", "learnt", "suspect",
        "suspects", "suspected", "think", "thinks", "thought", "know", "knows", "knew", "consider", "considers", "considered",
    ]

    /// Raising verbs: "Obama is expected to join", "the fax machine appears to have been broken"
    /// attribute the whole clause, subject included, to no one in particular.
    static let raisingVerbs: Set<String> = ["seem", "seems", "seemed", "appear", "appears", "appeared", "expected"]

    /// Verbs whose infinitive is what is attributed ("declined to comment", "vowed to fight",
    /// "hopes to win"): the content starts at "to".
    static let controlVerbs: Set<String> = [
        "decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing", "seek", "seeks", "sought",
        "seeking", "vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising", "pledge", "pledges",
        "pledged", "pledging", "threaten", "threatens", "threatened", "threatening", "agree", "agrees", "agreed", "agreeing",
        "aim", "aims", "aimed", "decide", "decides", "decided", "hope", "hopes", "hoped", "hoping", "intend", "intends",
        "intended", "wish", "wishes", "wished", "expect", "expects", "expected",
    ]

    /// Nouns after which a cue form is an adjective: "pledged delegates", "stated goal", "written statement".
    static let modifiedNouns: Set<String> = ["delegates", "delegate", "goal", "goals", "statement", "statements", "aim", "intention", "policy", "reason"]

    /// Verbs that take the addressee as object before the content ("told reporters that").
    static let addresseeVerbs: Set<String> = [
        "tell", "tells", "told", "telling", "inform", "informs", "informed", "informing", "assure", "assures", "assured",
        "assuring", "warn", "warns", "warned", "warning", "remind", "reminds", "reminded", "ask", "asks", "asked", "asking",
        "urge", "urges", "urged", "urging", "caution", "cautioned",
    ]

    /// Multi-word cues, as lower-case token sequences; the attribution's speaker follows
    /// "according to", and precedes the others.
    static let cuePhrases: [[String]] = [
        ["according", "to"], ["pointed", "out"], ["points", "out"], ["point", "out"], ["pointing", "out"],
        ["went", "on", "to", "say"], ["goes", "on", "to", "say"], ["go", "on", "to", "say"], ["going", "on", "to", "say"], ["put", "it"], ["puts", "it"], ["made", "clear"], ["made", "it", "clear"], ["makes", "clear"],
        ["was", "quoted", "as", "saying"], ["were", "quoted", "as", "saying"], ["is", "quoted", "as", "saying"],
        ["are", "quoted", "as", "saying"], ["quoted", "as", "saying"],
    ]

    /// The words a cue can start with: cue words, and first words of cue and stance phrases.
    static let cueStarts: Set<String> = Set(cueWords.keys).union(cuePhrases.map { $0[0] }).union(stanceParticles.keys)

    /// The last words of multi-word cues.
    static let cueEnds: Set<String> = Set(cuePhrases.filter { $0.count > 1 }.compactMap(\.last))

    /// Words that may stand between a speaker and its cue ("Antonov also said", "he has told").
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might", "did", "does", "do",
        "later", "previously", "then", "further", "repeatedly", "recently", "again", "reportedly", "once", "earlier", "already",
        "publicly", "privately", "often", "frequently", "first", "initially", "subsequently", "separately", "similarly",
        "quickly", "flatly", "openly", "explicitly", "clearly", "simply", "just", "still", "even", "never", "always", "been",
        "allegedly", "angrily", "bluntly", "frankly", "confidently", "emphatically", "correctly", "falsely", "wrongly",
    ]

    /// Words of the adverbials and addressees that come between a cue and its "that".
    static let adverbialWords: Set<String> = [
        "reporters", "journalists", "interview", "briefing", "conference", "call", "speech", "remarks", "appearance",
        "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend", "day", "today", "yesterday",
        "tonight", "later", "earlier", "written", "telephone", "phone", "email", "news", "press", "television", "radio",
        "rally", "event", "hearing", "session", "meeting", "audience", "crowd", "supporters", "him", "her", "them", "us",
        "me", "you", "last", "this", "next", "recently", "again", "repeatedly", "privately", "publicly", "also", "then",
        "separately", "flatly", "online", "twitter", "facebook", "message", "post", "video", "program", "show",
        "published", "released", "issued", "posted", "broadcast", "aired", "given", "held", "made", "sent",
    ]

    /// Words that open an introductory phrase before a clause's subject ("In June, …", "Back then, …").
    static let introductoryWords: Set<String> = [
        "in", "on", "at", "after", "before", "during", "back", "later", "earlier", "then", "but", "and", "also", "still",
        "yet", "meanwhile", "however", "instead", "since", "when", "while", "last", "this", "for", "with", "as", "by",
    ]

    /// The possessive clitic as the tokenizer splits it off ("Russia" "'s").
    static func isPossessiveS(_ word: String) -> Bool { word == "'s" || word == "’s" }

    /// A possessive: the clitic, or a bare apostrophe after a plural ("officials'").
    static func isPossessive(_ word: String) -> Bool { isPossessiveS(word) || word == "'" || word == "’" }

    /// Personal pronouns that can be speakers, with what they can refer to.
    static let pronouns: [String: PronounKind] = [
        "he": .male, "she": .female, "they": .plural, "it": .neuter, "i": .speaker, "we": .speaker, "who": .relative,
        "which": .relative, "his": .male, "her": .female, "him": .male, "their": .plural, "its": .neuter, "you": .speaker,
    ]

    enum PronounKind: Sendable { case male, female, plural, neuter, speaker, relative }

    /// Words that end a speaker phrase when met on the way out from the cue.
    static let phraseBreakers: Set<String> = [
        "that", "and", "but", "or", "because", "while", "when", "if", "as", "where", "so", "than", "since", "although",
        "though", "whether", "after", "before", "until", "unless", "is", "was", "are", "were", "be", "been", "being",
        "has", "have", "had", "not", "n't", "to", "by", "said", "says", "say", "told", "it", "he", "she", "they", "we", "i",
        "you", "there", "this", "these", "those", "what", "how", "why", "then", "also", "just", "only", "even", "still",
        "here", "now", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "yet",
        "however", "thus", "meanwhile", "nevertheless", "moreover", "instead", "which", "who", "whom", "whose",
    ]

    /// Prepositions that may sit inside a speaker phrase ("a spokesman for the ministry",
    /// "a source familiar with the talks").
    static let innerPrepositions: Set<String> = ["of", "for", "at", "with", "from", "in", "on", "close", "to", "familiar", "by"]

    /// Determiners that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "most", "other", "both", "all", "few",
        "his", "her", "their", "its", "our", "my", "your", "no",
    ]

    /// Nouns naming a role a person holds; the key is the role, the value its class, so that
    /// "the diplomat" finds the ambassador and "the official" the minister.
    static let roles: [String: String] = {
        let classes: [String: [String]] = [
            "diplomat": ["ambassador", "envoy", "diplomat", "consul", "permanent representative", "foreign minister", "attache",
                "emissary", "special envoy", "chargé d'affaires", "foreign secretary", "secretary of state"],
            "spokesperson": ["spokesman", "spokeswoman", "spokesperson", "press secretary", "representative", "mouthpiece"],
            "politician": ["president", "vice president", "prime minister", "premier", "chancellor", "minister", "secretary",
                "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "governor", "mayor", "candidate",
                "nominee", "leader", "speaker", "politician", "deputy", "councillor", "councilman", "councilwoman", "statesman",
                "king", "queen", "prince", "princess", "monarch", "emperor", "dictator", "strongman", "opposition leader",
                "party leader", "majority leader", "minority leader", "whip", "state secretary", "chairman", "chairwoman"],
            "military": ["general", "admiral", "colonel", "commander", "lieutenant", "major", "captain", "sergeant",
                "officer", "marshal", "chief of staff", "commander-in-chief", "soldier"],
            "executive": ["ceo", "chief executive", "executive", "chairman", "chairwoman", "chair", "director", "founder",
                "co-founder", "owner", "manager", "managing director", "head", "boss", "president", "chief", "partner", "investor"],
            "lawyer": ["lawyer", "attorney", "prosecutor", "attorney general", "solicitor", "barrister", "counsel", "defense attorney"],
            "judge": ["judge", "justice", "magistrate"],
            "expert": ["analyst", "economist", "professor", "researcher", "scientist", "expert", "scholar", "historian",
                "strategist", "consultant", "doctor", "physician", "engineer"],
            "official": ["official", "adviser", "advisor", "aide", "administrator", "commissioner", "inspector",
                "regulator", "auditor", "secretary-general", "director-general", "ombudsman", "envoy", "minister", "spokesman",
                "spokeswoman", "spokesperson", "police chief", "sheriff"],
            "journalist": ["journalist", "reporter", "editor", "correspondent", "columnist", "commentator", "anchor", "host"],
            "athlete": ["coach", "striker", "midfielder", "defender", "goalkeeper", "player", "manager", "captain", "champion"],
            "artist": ["actor", "actress", "singer", "musician", "director", "author", "writer", "artist", "rapper", "producer"],
        ]
        var table: [String: String] = [:]
        for (roleClass, words) in classes.sorted(by: { $0.key < $1.key }) {
            for word in words where table[word] == nil { table[word] = roleClass }
        }
        return table
    }()

    /// Role classes a nominal speaker can refer to: "the diplomat" is any diplomat, "the
    /// official" any official or politician.
    static func classes(ofNominal noun: String) -> Set<String> {
        switch noun {
        case "diplomat", "envoy": return ["diplomat"]
        case "official", "officer": return ["official", "politician", "diplomat", "spokesperson", "military"]
        case "politician": return ["politician"]
        case "executive": return ["executive"]
        case "lawyer", "attorney": return ["lawyer"]
        case "expert", "analyst": return ["expert"]
        default: return []
        }
    }

    /// Nouns an organisation can be called by ("the ministry said", "the newspaper reported").
    static let organisationNouns: Set<String> = [
        "ministry", "department", "company", "firm", "agency", "government", "administration", "committee", "court",
        "bank", "group", "party", "army", "military", "police", "campaign", "embassy", "newspaper", "paper", "daily",
        "network", "broadcaster", "channel", "union", "council", "commission", "kremlin", "office", "organization",
        "organisation", "institute", "university", "board", "club", "team", "side", "federation", "alliance", "coalition",
        "cabinet", "parliament", "senate", "house", "congress", "service", "corporation", "outlet", "magazine",
        "regulator", "watchdog", "authority", "authorities", "prosecutors", "investigators", "tribunal", "bureau",
    ]

    /// Organisation nouns that name a publication: their speakers are documents.
    static let publicationNouns: Set<String> = ["newspaper", "paper", "daily", "magazine", "outlet", "broadcaster", "network", "channel", "tabloid", "weekly", "journal", "website", "blog"]

    /// Words in the names of news organisations ("The New York Times", "Interfax").
    static let publicationNameWords: Set<String> = [
        "times", "post", "journal", "herald", "tribune", "gazette", "guardian", "telegraph", "observer", "independent",
        "daily", "news", "newspaper", "magazine", "mail", "express", "standard", "chronicle", "inquirer", "examiner",
        "reuters", "bloomberg", "afp", "ap", "tass", "interfax", "xinhua", "ria", "bbc", "cnn", "nbc", "abc", "cbs", "fox",
        "msnbc", "npr", "politico", "axios", "kommersant", "izvestia", "pravda", "vedomosti", "spiegel", "le monde",
        "al jazeera", "yonhap", "kyodo", "ukrinform", "unian", "press", "associated", "wire", "newsweek", "economist",
        "atlantic", "politifact", "breitbart", "hill", "vox", "slate", "salon", "reporter", "sun", "mirror", "star",
    ]

    /// Nouns of documents and records: an attribution to one is `document`.
    static let documentNouns: Set<String> = [
        "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll", "polls", "document",
        "documents", "letter", "letters", "memo", "memos", "filing", "filings", "ruling", "indictment", "analysis", "data",
        "figures", "records", "research", "paper", "release", "transcript", "website", "article", "editorial", "newspaper",
        "magazine", "piece", "book", "ad", "advertisement", "video", "footage", "post", "tweet", "complaint", "lawsuit",
        "affidavit", "assessment", "estimate", "estimates", "review", "audit", "investigation", "probe", "findings", "census",
        "communique", "declaration", "decree", "resolution", "note", "notice", "bulletin", "dossier", "file", "files", "email",
        "emails", "cable", "cables", "message", "readout", "summary", "minutes", "testimony", "manifesto", "platform",
    ]

    /// Nouns of unnamed people: a speaker headed by one and not resolved to a named entity is anonymous.
    static let anonymousNouns: Set<String> = [
        "official", "officials", "source", "sources", "person", "people", "insider", "insiders", "diplomat", "diplomats",
        "aide", "aides", "someone", "one", "individual", "individuals", "witness", "witnesses", "resident", "residents",
        "observer", "observers", "expert", "experts", "analyst", "analysts", "staffer", "staffers", "employee",
        "employees", "member", "members", "adviser", "advisers", "advisor", "advisors", "officer", "officers", "lawmaker",
        "lawmakers", "investigators", "critics", "supporters", "activists", "protesters",
    ]

    /// Phrases (lower-case token sequences) that mark a source as anonymous wherever they
    /// appear in the attribution's sentence.
    static let anonymityMarkers: [[String]] = [
        ["condition", "of", "anonymity"], ["on", "condition", "of"], ["not", "to", "be", "named"], ["not", "to", "be", "identified"],
        ["declined", "to", "be", "named"], ["declined", "to", "be", "identified"], ["refused", "to", "be", "named"],
        ["familiar", "with"], ["close", "to"], ["not", "authorized", "to"], ["not", "authorised", "to"],
        ["speaking", "anonymously"], ["spoke", "anonymously"], ["with", "knowledge", "of"], ["briefed", "on"],
        ["requested", "anonymity"], ["asked", "for", "anonymity"], ["under", "anonymity"], ["anonymous"], ["unnamed"],
        ["unidentified"],
    ]

    /// Expressions with no source at all: "it is believed", "it was reported".
    static let impersonal: Set<String> = ["it", "there"]
}
