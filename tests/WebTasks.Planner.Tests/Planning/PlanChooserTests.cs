using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

/// <summary>What a refusal says: everything that stops the planner, so one answer tells the user all they must change.</summary>
public sealed class PlanChooserTests
{
    private static SurveySource Labelled(string label, string sample, int order) => new()
    {
        Sel = $":scope > dl > dd:nth-of-type({order + 1})",
        Read = "labelled",
        Label = label,
        Traits = new SourceTraits { Currency = 1, Numeric = 1 },
        Hints = [label],
        Distinct = 1,
        Seen = 1,
        Order = order,
        Fit = new Dictionary<string, double> { ["deposit"] = 1.0 },
        Sample = [sample],
    };

    [Fact]
    public void A_refusal_for_a_missing_field_also_names_a_tie_among_the_fields_found()
    {
        var deposit = new RecordField("deposit", "number", true);
        var neighbourhood = new RecordField("neighbourhood", "string", true);
        var shape = new RecordShape([deposit, neighbourhood], null, [], OutputKind.Object);
        var page = new PageSurvey("http://127.0.0.1/flat", "Flat", [Labelled("Deposit, 6-month lease", "$1,800", 0), Labelled("Deposit, 1-year lease", "$900", 1)]);

        var (choice, decline) = PlanChooser.ChooseObject(shape, page, "Get the flat's deposit and neighbourhood");

        choice.ShouldBeNull();
        decline.ShouldNotBeNull();
        decline.ShouldContain("neighbourhood (nothing there reads as string)");
        decline.ShouldContain("'deposit' could be");
        decline.ShouldContain("Deposit, 6-month lease");
        decline.ShouldContain("Deposit, 1-year lease");
    }

    [Fact]
    public void A_place_on_a_page_is_named_by_the_alike_item_it_sits_in_too()
    {
        var first = new SurveySource { Sel = "", Read = "labelled", Label = "mashkisina (1 paire)", Shown = "Mashkisina (1 paire)", Caption = "Atiku" };
        var second = new SurveySource { Sel = "div.bx:nth-of-type(2) > table td.v", Read = "text", Named = "Mashkisina (1 paire)", Caption = "Mush" };

        first.Describe().ShouldBe("the value labelled \"Mashkisina (1 paire)\" in \"Atiku\"");
        second.Describe().ShouldBe("the text of div.bx:nth-of-type(2) > table td.v (\"Mashkisina (1 paire)\" in \"Mush\")");
        (second with { Named = null }).Describe().ShouldBe("the text of div.bx:nth-of-type(2) > table td.v (in \"Mush\")");
    }

    [Fact]
    public void A_place_named_so_in_the_first_record_only_is_refused_with_its_rivals_not_read()
    {
        var tour = new RecordField("tastingTour", "number", true);
        SurveySource Price(int line, string named, string sample, bool unsteady) => new()
        {
            Sel = $":scope > ul > li:nth-of-type({line}) > b", Read = "text", Named = named, Hints = [named], Unsteady = unsteady,
            Traits = new SourceTraits { Currency = 1, Numeric = 1 }, Distinct = 4, Seen = 4, Order = line,
            Fit = new Dictionary<string, double> { ["tastingTour"] = 1.0 }, Sample = [sample],
        };
        var second = Price(2, "Tour + tasting — adult", "EC$45.00", unsteady: true);
        var candidate = new SurveyCandidate("article.c", 4, 4, 1, [], [], [Price(1, "Tour alone — adult", "EC$30.00", unsteady: false), second]);
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["tastingTour"] = ["tour", "tasting"] };

        var bound = PlanChooser.Bind([tour], candidate, aliases);

        bound.Bindings.ShouldBeEmpty("the second line is the tasting tour on the first estate only");
        var tie = bound.Ambiguous.Single();
        tie.Unsteady.ShouldBeTrue();
        tie.Places[0].ShouldBe(second);
        PlanChooser.AmbiguityMessage(bound, "in the records 'article.c'").ShouldContain("only the first record labels it so");

        // Labelled so in every record, the same place is read.
        PlanChooser.Bind([tour], candidate with { Sources = [candidate.Sources[0], second with { Unsteady = false }] }, aliases).Bindings.Single().Source.Sel.ShouldBe(second.Sel);
    }

    [Fact]
    public void A_place_named_so_in_the_first_record_only_gives_way_to_the_value_read_by_that_label()
    {
        var rent = new RecordField("monthlyRent", "integer", true);
        var labelled = new SurveySource
        {
            Sel = "", Read = "labelled", Label = "monthly", Hints = ["monthly"], Traits = new SourceTraits { Currency = 1, Numeric = 1 },
            Distinct = 3, Seen = 3, Order = 1, Fit = new Dictionary<string, double> { ["monthlyRent"] = 1.0 }, Sample = ["C$ 3,500 a month", "C$ 3,000 a month"],
        };
        // The second row is "Monthly" in the first ad only (the next ones list the monthly rent first, a deposit second).
        var secondRow = labelled with { Sel = ":scope > table > tr:nth-of-type(2) > td:nth-of-type(2)", Read = "text", Label = null, Named = "Monthly", Unsteady = true, Order = 2 };
        var candidate = new SurveyCandidate("div.ad", 3, 3, 1, [], [], [labelled, secondRow]);
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["monthlyRent"] = ["monthly", "rent"] };

        var bound = PlanChooser.Bind([rent], candidate, aliases);

        bound.Ambiguous.ShouldBeEmpty("both are named \"Monthly\", but only the label says so in every record");
        bound.Bindings.Single().Source.ShouldBe(labelled);
    }

    [Fact]
    public void A_field_the_record_s_own_page_barely_has_is_read_in_the_list()
    {
        var village = new RecordField("village", "string", true) { Description = "village as written in the list" };
        SurveySource Text(string sel, string sample, bool detail, params string[] hints) => new()
        {
            Sel = sel, Read = "text", Hints = hints, Distinct = 5, Seen = 6, Detail = detail, Order = detail ? 1_000_000 : 0,
            Fit = new Dictionary<string, double> { ["village"] = 1.0 }, Sample = [sample],
        };
        var listed = Text(":scope > p.v", "Tabaka", false, "village");
        var candidate = new SurveyCandidate("div.it", 6, 6, 1, [], [], [listed, Text("h1", "Nyakundi Soapstone Carvers", true)]);

        var bound = PlanChooser.Bind([village], candidate, new Dictionary<string, IReadOnlyList<string>>(), s => s.Detail);

        bound.Bindings.Single().Source.ShouldBe(listed);

        // As weak in the list as on the record's own page, it is still read where the description says it is written.
        var unnamed = listed with { Hints = [] };
        var weak = candidate with { Sources = [unnamed, Text("h1", "Nyakundi Soapstone Carvers", true)] };
        PlanChooser.Bind([village], weak, new Dictionary<string, IReadOnlyList<string>>(), s => s.Detail).Bindings.Single().Source.ShouldBe(unnamed);
        PlanChooser.Bind([village with { Description = "village" }], weak, new Dictionary<string, IReadOnlyList<string>>(), s => s.Detail).Bindings.Single().Source.Detail.ShouldBeTrue();
    }

    [Fact]
    public void A_text_is_not_read_where_the_values_are_the_words_a_yes_or_no_field_s_description_says_mean_yes_and_no()
    {
        var village = new RecordField("village", "string", true);
        var pickup = new RecordField("pickup", "boolean", true) { Description = "whether it picks guests up (🚙 Lindba; Hin = yes, Are = no)" };
        SurveySource Text(string sel, int order, params string[] sample) => new()
        {
            Sel = sel, Read = "text", Distinct = 2, Seen = 4, Order = order, Hints = ["village"],
            Fit = new Dictionary<string, double> { ["village"] = 1.0, ["pickup"] = 0.0 }, Sample = sample,
        };
        var yesNo = Text(":scope > b", 0, "Hin", "Are");
        var place = Text(":scope > p", 1, "Gatlang", "Briddim") with { Hints = [] };
        var candidate = new SurveyCandidate("div.home", 4, 4, 1, [], [], [yesNo, place]);

        PlanChooser.Bind([village], candidate, new Dictionary<string, IReadOnlyList<string>>()).Bindings.Single().Source.ShouldBe(yesNo, "alone, nothing says what Hin and Are are");
        PlanChooser.Bind([village, pickup], candidate, new Dictionary<string, IReadOnlyList<string>>()).Bindings.First(b => b.Field == village).Source.ShouldBe(place);
    }

    [Fact]
    public void A_plain_thing_asked_for_is_the_one_labelled_without_added_words()
    {
        var price = new RecordField("deposit", "number", true) { Description = "the plain deposit, in dollars" };
        var shape = new RecordShape([price], null, [], OutputKind.Object);
        var page = new PageSurvey("http://127.0.0.1/flat", "Flat", [Labelled("Deposit", "$900", 0), Labelled("Deposit with pet", "$1,100", 1)]);

        var (choice, decline) = PlanChooser.ChooseObject(shape, page, "Get the flat's deposit");

        decline.ShouldBeNull();
        choice.ShouldNotBeNull().Bindings.Single().Source.Label.ShouldBe("Deposit");
        PlanChooser.ChooseObject(shape with { Fields = [price with { Description = "the deposit, in dollars" }] }, page, "Get the flat's deposit").Choice.ShouldBeNull();
    }

    [Fact]
    public void A_thing_asked_for_as_not_something_is_the_one_labelled_alike_but_denied()
    {
        var price = new RecordField("deposit", "number", true) { Description = "the deposit for someone who is not a member" };
        var shape = new RecordShape([price], null, [], OutputKind.Object);
        var page = new PageSurvey("http://127.0.0.1/hut", "Hut",
            [Labelled("Übanachtung Mitglieda", "24,00 €", 0), Labelled("Übanachtung Nichtmitglieda", "29,00 €", 1) with { Unnegated = "ubanachtung mitglieda" }]);

        var (choice, decline) = PlanChooser.ChooseObject(shape, page, "Get the hut's deposit");

        decline.ShouldBeNull();
        choice.ShouldNotBeNull().Bindings.Single().Source.Label.ShouldBe("Übanachtung Nichtmitglieda");
        PlanChooser.ChooseObject(shape with { Fields = [price with { Description = "the deposit" }] }, page, "Get the hut's deposit").Choice.ShouldBeNull("nothing says which");
    }
}
