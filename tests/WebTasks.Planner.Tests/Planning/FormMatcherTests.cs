using System.Text.Json.Nodes;
using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class FormMatcherTests
{
    private static FormControl Text(string sel, string name = "", string label = "", string placeholder = "", string type = "text") =>
        new(sel, "text", type, name, "", label, placeholder, "", []);

    private static FormControl Select(string sel, string name, params string[] options) =>
        new(sel, "select", "select", name, "", "", "", "", [.. options.Select((o, i) => new ControlOption(o, "v" + i))]);

    private static FormSurvey Form(params FormControl[] controls) => new([new SurveyForm(0, controls, "button", "Search")]);

    [Fact]
    public void Parameters_go_where_a_label_placeholder_or_name_names_them_and_a_select_offers_the_value()
    {
        var form = Form(Text("#where", placeholder: "Postcode or town"), Select("#d", "dist", "5 miles", "10 miles"), Text("#q", name: "q", label: "Keywords"));

        var (plan, decline) = FormMatcher.Match(new JsonObject { ["postcode"] = "LS1", ["radius"] = "10 miles", ["startUrl"] = "http://x/" }, form);

        decline.ShouldBeNull();
        plan!.Fill.Select(s => $"{s.Param}>{s.Control.Sel}:{s.Action}:{s.By}").ShouldBe(["postcode>#where:fill:", "radius>#d:select:label"]);
        plan.Submit.ShouldBe("button");
    }

    [Fact]
    public void A_parameter_the_form_has_no_place_for_is_a_reason_to_decline_for_it_would_not_narrow_the_results()
    {
        var (plan, decline) = FormMatcher.Match(new JsonObject { ["product"] = "Arachide", ["town"] = "Kaélé" },
            Form(Select("#s", "sort", "Newest", "Cheapest"), Text("#v", name: "v", label: "Wuli (ville / town)")));

        plan.ShouldBeNull();
        decline.ShouldNotBeNull();
        decline.ShouldContain("params.town");
        decline.ShouldContain("no control of it takes params.product");
    }

    [Fact]
    public void A_choice_of_radio_buttons_is_filled_as_a_list_is_by_the_button_whose_label_or_value_is_the_parameter_s()
    {
        var choice = new FormControl("input[type=\"radio\"][name=\"p\"]", "radio", "radio", "p", "", "Fen (produit)", "", "",
            [new ControlOption("Arachide (peanuts)", "arachide"), new ControlOption("Mil / sorgho", "mil"), new ControlOption("Maïs", "mais")]);

        var (plan, decline) = FormMatcher.Match(new JsonObject { ["product"] = "Arachide", ["town"] = "Kaélé" }, Form(choice, Text("#v", name: "v", label: "Wuli (ville / town)")));

        decline.ShouldBeNull();
        plan!.Fill.Select(s => $"{s.Param}>{s.Control.Sel}:{s.Action}:{s.By}").ShouldBe(["product>input[type=\"radio\"][name=\"p\"]:choose:value", "town>#v:fill:"]);
    }

    [Fact]
    public void A_select_that_does_not_offer_the_value_is_not_filled_with_it()
    {
        var (plan, _) = FormMatcher.Match(new JsonObject { ["format"] = "vinyl" }, Form(Select("#f", "format", "Book", "eBook")));

        plan.ShouldBeNull();
    }

    [Fact]
    public void Two_controls_that_fit_a_parameter_equally_well_are_a_reason_to_decline()
    {
        var (plan, decline) = FormMatcher.Match(new JsonObject { ["city"] = "Leeds" }, Form(Text("#from", label: "City"), Text("#to", label: "City")));

        plan.ShouldBeNull();
        decline!.ShouldContain("params.city could fill #from or #to");
    }

    [Fact]
    public void Parameters_no_control_takes_are_not_a_search() =>
        FormMatcher.Match(new JsonObject { ["colour"] = "red" }, Form(Text("#q", name: "q", label: "Keywords"))).Plan.ShouldBeNull();

    [Fact]
    public void Of_several_options_holding_the_value_the_one_that_has_it_as_a_part_set_apart_is_picked()
    {
        ControlOption[] options = [new("— Gájkka (alla, all) —", ""), new("Bierggo (renkött, meat)", "biergo"), new("Suovasbierggo (rökt renkött, smoked meat)", "suovas")];

        FormMatcher.OptionNaming(options, "Meat")!.Value.ShouldBe("biergo");
        FormMatcher.OptionNaming([new("Bierggo (meat)", "a"), new("Biergo (meat)", "b")], "meat").ShouldBeNull("both have it apart");
        FormMatcher.OptionNaming([new("Meat pie", "a"), new("Meat stew", "b")], "meat").ShouldBeNull("neither has it apart");
    }

    [Fact]
    public void A_select_is_filled_with_the_one_option_holding_the_value_and_a_date_goes_in_the_date_box()
    {
        var form = Form(Select("#k", "kino", "Bitte wählen", "Bonn – Rex", "Köln – Lichtspiel am Ring"), Text("#t", name: "tag", type: "date"));

        var (plan, decline) = FormMatcher.Match(new JsonObject { ["cinema"] = "köln", ["date"] = "2026-12-05" }, form);

        decline.ShouldBeNull();
        plan!.Fill.Select(s => $"{s.Param}>{s.Control.Sel}:{s.Action}:{s.By}").ShouldBe(["cinema>#k:select:words", "date>#t:fill:"]);
        FormMatcher.OptionNaming(form.Forms[0].Controls[0].Options, "Köln")!.Value.ShouldBe("v2");
        FormMatcher.OptionNaming(form.Forms[0].Controls[0].Options, "Köl").ShouldBeNull();
        FormMatcher.OptionFor(form.Forms[0].Controls[0].Options, "BONN – REX", "label")!.Value.ShouldBe("v1");
        FormMatcher.OptionFor(form.Forms[0].Controls[0].Options, "V2", "value")!.Value.ShouldBe("v2");
        FormMatcher.OptionFor(form.Forms[0].Controls[0].Options, "Bonn", "label").ShouldBeNull();
        FormMatcher.Match(new JsonObject { ["date"] = "next Friday" }, Form(Text("#t", name: "when", type: "date"))).Plan.ShouldBeNull();
    }

    [Theory]
    [InlineData("dd.mm.rrrr", "d.m.y", "14.03.2026")]
    [InlineData("TT.MM.JJJJ", "d.m.y", "14.03.2026")]
    [InlineData("MM/DD/YYYY", "m/d/y", "03/14/2026")]
    [InlineData("yyyy-mm-dd", "y-m-d", "2026-03-14")]
    public void A_date_goes_in_a_text_box_as_its_placeholder_writes_one(string placeholder, string format, string typed)
    {
        FormMatcher.DateFormat(placeholder).ShouldBe(format);
        FormMatcher.TypedDate("2026-03-14", format).ShouldBe(typed);
    }

    [Fact]
    public void The_one_parameter_left_goes_in_the_one_text_box_left()
    {
        // Boxes named by nothing the planner reads (obec, "municipality", is a town's label it knows).
        var form = Form(Text("#q", name: "f1", placeholder: "např. Brno"), Text("#dt", name: "den", label: "Datum", placeholder: "dd.mm.rrrr"));

        var (plan, decline) = FormMatcher.Match(new JsonObject { ["town"] = "Brno", ["date"] = "2026-03-14" }, form);

        decline.ShouldBeNull();
        plan!.Fill.Select(s => $"{s.Param}>{s.Control.Sel}:{s.Action}:{s.By}").ShouldBe(["date>#dt:fill:d.m.y", "town>#q:fill:"]);
        FormMatcher.Match(new JsonObject { ["town"] = "Brno" }, Form(Text("#a", name: "f1"), Text("#b", name: "f2"))).Plan.ShouldBeNull();
        FormMatcher.Match(new JsonObject { ["town"] = "Brno" }, Form(Text("#a", name: "obec"), Text("#b", name: "ulice"))).Plan!.Fill.Single().Control.Sel.ShouldBe("#a");
    }
}
