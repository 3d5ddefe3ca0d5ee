package org.tacitus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TimeExpression;
import org.tacitus.nlp.CoreNlpAnalyzer;

/**
 * Our own sentences, one behaviour each: {@code text=value} pairs (with {@code /MOD} where a modifier applies),
 * joined by {@code ;}, for an article published on the given date. Runs on the real NLP layer (shared models).
 */
class RuleBasedTimeTaggerTest {

    private static final RuleBasedTimeTagger TAGGER = new RuleBasedTimeTagger();

    static String tag(String published, String text) {
        Article article = new Article("t", text, text, null, null, published.isEmpty() ? null
                : LocalDate.parse(published), List.of(), "test", SourceFormat.TEXT, List.of());
        AnalyzedText analyzed = CoreNlpAnalyzer.shared().analyze(text, article.published());
        List<TimeExpression> found = TAGGER.tag(article, analyzed);
        return found.stream().map(t -> t.text() + "=" + t.value() + (t.mod() == null ? "" : "/" + t.mod()))
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // absolute dates in news spellings
        "2021-12-28|The talks will take place on Jan. 10.|Jan. 10=2022-01-10",
        "2021-12-28|The treaty was signed on January 10, 2022, in Oslo.|January 10, 2022=2022-01-10",
        "2021-12-28|Ministers met on 10 January 2021 in Rome.|10 January 2021=2021-01-10",
        "2021-12-28|The deadline is 2022-01-10 at the latest.|2022-01-10=2022-01-10",
        "2021-12-28|The order dated 1/10/2022 was leaked.|1/10/2022=2022-01-10",
        "2021-12-28|The alliance expanded in the 1990s.|the 1990s=199",
        "2021-12-28|Wars of the 21st century are fought with drones.|the 21st century=20",
        "2021-12-28|Defence spending rose in fiscal 2023, officials said.|fiscal 2023=2023",
        "2021-12-28|Exports fell in the third quarter.|the third quarter=2021-Q3",
        "2021-12-28|Talks will run Jan. 10-12 in Geneva.|Jan. 10=2022-01-10;12=2022-01-12",
        "2021-12-28|Fighting raged between March and May.|March=2021-03;May=2021-05",
        // year inference from tense
        "2021-12-28|Biden and Putin met for their first summit in June.|June=2021-06",
        "2021-12-28|The envoys will meet again in March.|March=2022-03",
        "2021-12-28|NATO and Russia are expected to meet on Jan. 12.|Jan. 12=2022-01-12",
        "2021-12-28|He visited Kyiv on Dec. 3.|Dec. 3=2021-12-03",
        // weekdays
        "2021-12-28|A spokesperson told AFP late Monday that talks were set.|late Monday=2021-12-27",
        "2021-12-28|The minister will travel to Paris on Friday.|Friday=2021-12-31",
        "2021-12-28|Protesters gathered on Tuesday evening.|Tuesday evening=2021-12-28TEV",
        "2021-12-28|The envoy arrived last Friday.|last Friday=2021-12-24",
        "2021-12-28|The vote is due next Monday.|next Monday=2022-01-03",
        // relative to the publication date
        "2021-12-28|The border was closed yesterday.|yesterday=2021-12-27",
        "2021-12-28|He was in Rome the day before yesterday and flies home the day after tomorrow.|the day before yesterday=2021-12-26;the day after tomorrow=2021-12-30",
        "2021-12-28|Moscow earlier this month presented its demands.|earlier this month=2021-12",
        "2021-12-28|Troops moved last week.|last week=2021-W51",
        "2021-12-28|Elections are due next year.|next year=2022",
        "2021-12-28|Poland takes the helm of the OSCE in the new year.|the new year=2022",
        "2021-12-28|A decision is expected in two weeks.|two weeks=2022-W02",
        "2021-12-28|The embassy reopened three months ago.|three months ago=2021-09",
        // relative to the narrative
        "2021-12-28|NATO meets on Jan. 12, while the OSCE will address the tensions the following day.|Jan. 12=2022-01-12;the following day=2022-01-13",
        "2021-12-28|Rebels seized the town on Dec. 1. Two days later, the army retook it.|Dec. 1=2021-12-01;Two days later=2021-12-03",
        "2021-12-28|The summit opened on Dec. 14. The next morning the leaders signed.|Dec. 14=2021-12-14;The next morning=2021-12-15TMO",
        "2021-12-28|The ceasefire began on Dec. 20; a week earlier the talks had failed.|Dec. 20=2021-12-20;a week earlier=2021-W50",
        "2021-12-28|The rebels took the town on Dec. 2. A few days later, they lost it.|Dec. 2=2021-12-02;A few days=PXD",
        "2021-12-28|The minister resigned on Dec. 2. Hours later, a successor was named.|Dec. 2=2021-12-02;Hours=PTXH",
        // fuzzy and partial
        "2021-12-28|Talks will be held in early January.|early January=2022-01/START",
        "2021-12-28|The pipeline was finished by mid-2020.|mid-2020=2020/MID",
        "2021-12-28|An offensive could come this winter.|this winter=2021-WI",
        "2021-12-28|Tensions have grown in recent weeks.|recent weeks=PAST_REF",
        "2021-12-28|Such deals failed in the past.|the past=PAST_REF",
        "2021-12-28|The troops are now on the border and currently on alert.|now=PRESENT_REF;currently=PRESENT_REF",
        "2021-12-28|A deal could come soon.|soon=FUTURE_REF",
        // durations and sets
        "2021-12-28|The siege lasted for weeks.|weeks=PXW",
        "2021-12-28|A trial could take years.|years=PXY",
        "2021-12-28|He served three years in prison and was held for 48 hours.|three years=P3Y;48 hours=PT48H",
        "2021-12-28|Inspectors visit every week and report annually.|every week=P1W;annually=P1Y",
        // clock times
        "2021-12-28|The meeting starts at 10 a.m. local time.|10 a.m. local time=2021-12-28T10:00",
        "2021-12-28|Voting closes at 14:00 GMT.|14:00 GMT=2021-12-28T14:00",
        "2021-03-10|The convoy left the capital on March 8 at 4 in the morning and returned at 10 o'clock at night.|March 8=2021-03-08;4 in the morning=2021-03-08T04:00;10 o'clock at night=2021-03-08T22:00",
        "2021-03-10|Shelling resumed on March 8 and by mid-afternoon the town had fallen.|March 8=2021-03-08;mid-afternoon=2021-03-08TAF",
        "2021-03-10|Shares were down 3% at mid-morning yesterday.|mid-morning yesterday=2021-03-09TMO",
        // not time expressions
        "2021-12-28|See https://example.org/2021/12/28/report-2021 for details.|",
        "2021-12-28|The minister said Russia may respond.|",
        "2021-12-28|Theresa May spoke to reporters.|",
        "2021-12-28|Thousands march on the capital as veterans March to parliament.|",
        "2021-12-28|The post-Cold War order is fraying.|",
        "2021-12-28|Israel took the territory in the Six-Day War, long after the Thirty Years War.|",
        "2021-12-28|The 44-year-old envoy was expelled.|",
        "2021-12-28|Russia sent 2000 troops and 150 tanks.|",
        "2021-12-28|Version 2.1.3 of the software was patched.|"})
    void tagsAndAnchors(String published, String text, String expected) {
        assertEquals(expected == null ? "" : expected, tag(published, text));
    }

    /** Conventions of the TimeML guidelines and of news reporting, one rule each (issue #3). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // "the year" without a year named: the publication year; a reporting period "ended": a year's length
        "2021-12-28|Arms sales for the year rose 4%.|the year=2021",
        "2021-12-28|The ministry expects a deficit in the current fiscal year.|the current fiscal year=2021",
        "2021-12-28|The agency spent $3 million in the fiscal year ended in June.|the fiscal year=P1Y;June=2021-06",
        "2021-12-28|The year before the war was calm.|",
        "2021-12-28|Elections were held last year; the year before, the vote was delayed.|last year=2020;the year before=2019",
        "2021-12-28|The ceasefire should hold until year-end.|year-end=2021/END",
        "2023-03-15|The programme runs through the end of 2024, and began at the start of 2021.|the end of 2024=2024/END;the start of 2021=2021/START",
        "2021-12-28|Year-end bonuses were cut.|",
        // spoken years, as in broadcast transcripts
        "2021-12-28|The republic declared independence in nineteen ninety-one.|nineteen ninety-one=1991",
        "2021-12-28|The war began in March nineteen ninety-one.|March nineteen ninety-one=1991-03",
        "2021-03-10|Prices fell to a level last seen in the winter of nineteen ninety-eight.|the winter of nineteen ninety-eight=1998-WI",
        "2021-03-10|Power has been cut for the last twenty four hours, the radio said.|the last twenty four hours=PT24H",
        "2021-03-10|The war began in nineteen ninety one.|nineteen ninety one=1991",
        "2021-03-10|He was held for twenty days.|twenty days=P20D",
        // the hedge before a length or a distance back belongs to the expression, with its modifier
        "2021-03-10|The siege lasted nearly two years.|nearly two years=P2Y/LESS_THAN",
        "2021-03-10|The border post was abandoned about three years ago.|about three years ago=2018/APPROX",
        "2021-03-10|Talks lasted more than four hours, and the envoy stayed some ten days.|more than four hours=PT4H/MORE_THAN;some ten days=P10D/APPROX",
        "2021-03-10|The mission was extended for two more weeks and the lease for an additional year.|two more weeks=P2W;an additional year=P1Y",
        "2021-03-10|The fleet may stay in the port for at least 20 more years.|at least 20 more years=P20Y/EQUAL_OR_MORE",
        // lengths as adjectives; ages are not times
        "2021-03-10|The envoy ended a decades-long feud after a day-long meeting and a year-long inquiry.|decades-long=PXY;day-long=P1D;year-long=P1Y",
        "2021-03-10|She returned after a several-year exile; the 6-year-old boy stayed.|several-year=PXY",
        "2021-03-10|Membership fell through the nineties and rose in the late seventies.|the nineties=199;the late seventies=197/END",
        "2021-03-10|The general, in his sixties, retired.|",
        // halves, decades and centuries in durations
        "2021-12-28|The siege lasted 2 1/2 years.|2 1/2 years=P2Y6M",
        "2021-12-28|The vote took an hour and a half.|an hour and a half=PT1H30M",
        "2021-12-28|The region has been at war for two decades.|two decades=P20Y",
        // signals and occasions are not times; neither are names of shows
        "2021-12-28|He will reply as soon as he can.|",
        "2021-12-28|Troops left soon after the vote.|",
        "2021-12-28|This time the motion passed.|",
        "2021-12-28|The envoy spoke on the programme \"Face the Nation This Week\" on ABC.|",
        // deadlines: ahead, unless a past clause closes a stretch of the past
        "2021-11-02|Shares were bought through Sept. 29.|Sept. 29=2021-09-29",
        "2021-11-02|The offer was extended until Nov. 20.|Nov. 20=2021-11-20",
        "2021-11-02|The talks will run until March 5.|March 5=2022-03-05",
        "2021-08-13|The frigate, on patrol since March, sails home soon.|March=2021-03;soon=FUTURE_REF",
        // the weekend just gone, or the one to come
        "2021-12-28|Officials said over the weekend that talks had stalled.|the weekend=2021-W51-WE",
        "2021-12-28|Talks will resume over the weekend.|the weekend=2021-W52-WE",
        // the narrative's year, seasons of this year, abbreviated months before a day
        "2021-12-28|He fled in June 1998 and was caught later that year.|June 1998=1998-06;that year=1998",
        "2023-03-15|The war began in 2011. A decade later, the country lies in ruins.|2011=2011;A decade later=2021",
        "2021-11-02|The protests began this summer.|this summer=2021-SU",
        "2023-03-15|The crisis began in the summer. By autumn, prices had doubled.|the summer=2022-SU;autumn=2022-FA",
        "2023-03-15|Prices may ease in autumn and rise again in spring 2024; crops wilted in summer heat.|autumn=2023-FA;spring 2024=2024-SP",
        "2021-12-28|The coalition collapsed in March. The following month, its leader resigned.|March=2021-03;The following month=2021-04",
        "2022-05-06|The mayor was shot last Oct. 23 at home.|Oct. 23=2021-10-23",
        "2023-03-15|Russia launched its invasion on Feb. 24 last year; the vote is due on Nov. 5 next year.|Feb. 24 last year=2022-02-24;Nov. 5 next year=2024-11-05",
        // a date naming an event through its noun: the nearest one; a plan reported in the past: ahead
        "2021-10-27|The party still governs under a June agreement with its partners.|June=2021-06",
        "2022-05-06|Police have hunted the gunman since shortly after the Oct. 23 shooting.|the Oct. 23=2021-10-23",
        "2021-12-28|Diplomats prepared for the Jan. 10 talks.|the Jan. 10=2022-01-10",
        // the coming month after a past verb: what was told or planned for it
        "2021-08-16|The ministry told importers of a cut in gas supplies in September.|September=2021-09",
        "2021-08-16|The ministry cut gas supplies in July.|July=2021-07",
        "2021-09-29|The delegation planned to leave Kabul on Thursday.|Thursday=2021-09-30",
        // an infinitive's time is its own, not its reporting verb's; a pluperfect closes a stretch of the past;
        // a verb after a participle heads its own clause, it is no auxiliary of it
        "2021-10-29|The ministry said that new port rules to be published in early November will apply to all ships.|early November=2021-11/START",
        "2021-05-03|Army commanders will meet in the capital on Wednesday to discuss options, an aide said.|Wednesday=2021-05-05",
        "2021-05-07|Until Wednesday, the police had not named the gunman.|Wednesday=2021-05-05",
        "2021-02-12|The mayor said the city hall would stay closed until Thursday.|Thursday=2021-02-18",
        "2023-03-15|By Monday morning, results showed a clear lead.|Monday morning=2023-03-13TMO",
        "2023-03-15|Residents were told to leave by Friday.|Friday=2023-03-17",
        "2021-11-01|Under the revised terms of the deal, announced Friday, shareholders would receive $5 a share.|Friday=2021-10-29",
        "2021-03-17|Officials said they did not plan to close the border on Friday even if the protests continued.|Friday=2021-03-19",
        // the week a day falls in; a day just gone stays this year's in a clause looking ahead
        "2021-02-11|The appeal may be heard in a court session the week of March 8, the lawyer said.|the week of March 8=2021-W10",
        "2021-06-16|The ministry told the embassy it must hand over the files by June 14.|June 14=2021-06-14",
        "2021-06-16|The commission will publish its findings by June 30.|June 30=2021-06-30",
        // "is to" arranges what lies ahead; a day named with a present verb is the nearest one
        "2021-10-29|The exiled leader is to return to the capital Tuesday.|Tuesday=2021-11-02",
        "2021-04-30|The two foreign ministers meet separately Monday with the UN envoy in Geneva.|Monday=2021-05-03",
        "2021-04-27|The council meets Thursday to vote on the budget.|Thursday=2021-04-29",
        "2023-03-15|Voters go to the polls on Sunday.|Sunday=2023-03-19",
        "2023-03-15|The envoy says on Monday that talks failed.|Monday=2023-03-13",
        "2021-04-30|The ministers met Monday in Geneva.|Monday=2021-04-26",
        // a present passive: a plan ahead when its verb plans, else the nearest day
        "2023-03-15|Elections are scheduled for October, the commission announced.|October=2023-10",
        "2023-03-15|The summit is expected in June, diplomats said.|June=2023-06",
        // "due to" a verb lies ahead, though the parser reads it as "due to the rain"
        "2023-03-15|The rally is due to take place on Saturday.|Saturday=2023-03-18",
        "2023-03-15|The rally was cancelled due to rain on Saturday.|Saturday=2023-03-11",
        // a predicate without a verb takes the tense of its copula; a modal over a perfect speaks of the past
        "2023-03-15|The envoy flew to Riyadh on Tuesday and is due in Tehran on Thursday.|Tuesday=2023-03-14;Thursday=2023-03-16",
        "2023-03-15|The minister will be in Paris on Tuesday.|Tuesday=2023-03-21",
        "2023-03-15|Concern may have been responsible for the drop on Monday, and the storm may have caused it on Sunday.|Monday=2023-03-13;Sunday=2023-03-12",
        "2021-03-11|The company's spokesman could not be reached for comment Wednesday.|Wednesday=2021-03-10",
        "2021-03-11|Neither the mayor nor his deputies could be located Wednesday.|Wednesday=2021-03-10",
        "2021-03-11|No one at the embassy could be reached Wednesday.|Wednesday=2021-03-10",
        // a participle without auxiliaries shares the tense of the clause it modifies
        "2021-10-30|The rouble has swung wildly this year, climbing to a peak in June from a low in March.|this year=2021;June=2021-06;March=2021-03",
        "2021-03-11|The talks could resume Monday, a diplomat said.|Monday=2021-03-15",
        // a month every year
        "2021-03-10|Loyalists march through the town each July.|each July=XXXX-07",
        "2023-03-15|The summit takes place every two years and the council meets every three months.|every two years=P2Y;every three months=P3M",
        // a weekday after or before the narrative's day
        "2021-03-10|The rebels entered the town on March 2. The following Monday, the army withdrew.|March 2=2021-03-02;The following Monday=2021-03-08",
        "2021-03-10|Shares closed at 210 on Friday, up 3% from the previous Friday.|Friday=2021-03-05;the previous Friday=2021-02-26",
        "2021-03-12|Protesters gathered the day before last Tuesday's vote.|the day before last Tuesday's=2021-03-08",
        "2021-03-12|The inspectors arrived the day after March 3.|the day after March 3=2021-03-04",
        // the end of a range of weekdays is the first such day after its start; a range from a date may span weeks
        "2023-03-15|A curfew was imposed from 8 p.m. Thursday until 6 a.m. Friday.|8 p.m. Thursday=2023-03-09T20:00;6 a.m. Friday=2023-03-10T06:00",
        "2023-03-15|Voting took place between Saturday and Monday.|Saturday=2023-03-11;Monday=2023-03-13",
        "2023-03-15|The fund bought shares from March 1 to Tuesday.|March 1=2023-03-01;Tuesday=2023-03-14",
        // "will one day": some time ahead; "then current": current at a past time; a pluperfect plan was overtaken
        "2021-03-10|Analysts say the port will one day be a trade hub, after one day of talks.|one day=FUTURE_REF;one day=P1D",
        "2021-03-10|Bonds were swapped at the then current market price.|then current=PAST_REF",
        "2021-11-01|The offer had been scheduled to expire at midnight Friday.|midnight Friday=2021-10-29T24:00",
        "2021-11-01|The offer is scheduled to expire at midnight Friday.|midnight Friday=2021-11-05T24:00",
        "2021-03-10|Rebels took the airport on March 2 and the port that same day.|March 2=2021-03-02;that same day=2021-03-02",
        // "soon" in a story of the past is shortly after its events, no reference to the future
        "2021-03-10|The trickle of refugees soon became a flood.|",
        "2021-03-10|The ministry will soon publish the report.|soon=FUTURE_REF",
        "2021-03-10|Talks may resume in the weeks ahead, but not in coming quarters.|the weeks ahead=FUTURE_REF;coming quarters=FUTURE_REF",
        "2021-03-10|The vote was put off to a later date, and the town will be without power for a while.|a later date=FUTURE_REF;a while=PXX",
        "2021-03-10|Once in a while the guards change.|",
        // "today's world" is the present age, not a day
        "2021-05-05|Critics say such censorship has no place in today's world.|",
        "2021-05-05|The decree appears in today's edition of the official gazette.|today=2021-05-05",
        // the ordinal day of an event under way is the day of writing
        "2021-05-05|It's the third day of the strike; today is the 12th day of the blockade.|the third day=2021-05-05;today=2021-05-05;the 12th day=2021-05-05",
        "2021-05-05|The first day of the summit was calm.|",
        // "in three weeks": ahead when the clause looks ahead, a stretch when it tells the past
        "2021-03-10|The rebels took four towns in three weeks.|three weeks=P3W",
        "2021-03-10|The envoy's second trip to the region in three weeks was cut short.|three weeks=P3W",
        "2021-03-10|A verdict is expected in three weeks.|three weeks=2021-W13",
        "2021-03-10|It is the first visit by a Chinese leader in four years, and inflation is at its highest in 40 years.|four years=P4Y;40 years=P40Y",
        "2021-03-10|The first talks will be held in two weeks.|two weeks=2021-W12",
        // the story's quarter in another year; a quarter of next year
        "2021-10-28|The shipyard earned $40 million in the third quarter, up from $31 million in the 2020 quarter.|the third quarter=2021-Q3;the 2020 quarter=2020-Q3",
        "2021-10-28|Revenue in the third quarter fell 4% from the corresponding period last year.|the third quarter=2021-Q3;the corresponding period last year=2020-Q3",
        "2021-10-28|Arms exports in the third quarter were below last year's quarter.|the third quarter=2021-Q3;last year's quarter=2020-Q3",
        "2021-10-28|The merger could close as early as next year's second quarter.|next year's second quarter=2022-Q2",
        "2021-10-28|The shipyard lost money in the quarter, but the current quarter began well.|the quarter=2021-Q3;the current quarter=2021-Q4",
        "2021-10-28|The 2019 period was calmer.|The 2019 period=2019",
        // quarters as lengths, and half years
        "2021-12-28|The airline lost money in the past two quarters.|the past two quarters=P2Q",
        "2021-12-28|Three quarters of the voters stayed home.|",
        "2021-12-28|The airline will fly four flights a week and add 700 seats a week.|",
        "2021-12-28|Thousands joined the annual March for Peace. The mayor spoke.|",
        "2021-12-28|She led the \"March of the Grieving Mothers\" and gave to the March of Dimes.|",
        "2021-12-28|The dam was finished in March of 2019.|March of 2019=2019-03",
        "2021-12-28|The Mayor of Kyiv met the Mayoral candidates.|",
        "2021-12-28|A minute and a half later the lights went out; an hour later they were back.|A minute and a half=PT1M30S;an hour=PT1H",
        "2021-12-28|Growth slowed in the first half of 2021 and in the second half of the year.|the first half of 2021=2021-H1;the second half of the year=2021-H2"})
    void followsNewsConventions(String published, String text, String expected) {
        assertEquals(expected == null ? "" : expected, tag(published, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Troops moved on Friday.|Friday=XXXX-WXX-5",
        "The accord was signed on March 3, 2019.|March 3, 2019=2019-03-03",
        "They met in June.|June=XXXX-06"})
    void withoutAPublicationDateValuesStayUnderspecified(String text, String expected) {
        assertEquals(expected, tag("", text));
    }
}
