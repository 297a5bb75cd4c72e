using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class ScriptWriterTests
{
    [Fact]
    public void A_saved_script_carries_the_words_of_its_page_s_language_only()
    {
        var oromo = ScriptWriter.ExtractionFor("om");
        var none = ScriptWriter.ExtractionFor("");

        oromo.ShouldContain("    om: { months: 'amajjii guraandhala");
        oromo.ShouldNotContain("    kl: {");
        none.ShouldContain("const LANGUAGE_WORDS = {\n  };");
        ScriptWriter.Extraction.ShouldContain("    kl: {");
        (ScriptWriter.Extraction.Length - oromo.Length).ShouldBeGreaterThan(20_000, "the planner's table of every language stays out of the script");
    }

    [Theory]
    [InlineData("om')\n});\nthrow new Error('written by the page');//")]
    [InlineData("x */ alert(1) /*")]
    public void A_page_s_language_code_that_is_not_one_is_written_nowhere_into_the_script(string lang)
    {
        var extraction = ScriptWriter.ExtractionFor(lang);

        extraction.ShouldNotContain("page');");
        extraction.ShouldNotContain("alert(1)");
        extraction.ShouldBe(ScriptWriter.ExtractionFor(""), "a page's lang attribute that is no language code is no language");
    }

    [Fact]
    public void A_language_the_table_writes_as_another_s_carries_that_one_s_words()
    {
        var twi = ScriptWriter.ExtractionFor("tw");

        twi.ShouldContain("    tw: 'ak',");
        twi.ShouldContain("    ak: { months: 'ɔpɛpɔn");
        twi.ShouldNotContain("    om: {");
    }

    [Fact]
    public void A_language_that_names_its_months_nowhere_here_carries_every_language_s_months_and_nothing_else_of_theirs()
    {
        var palenquero = ScriptWriter.ExtractionFor("pln");
        var german = ScriptWriter.ExtractionFor("de");

        palenquero.ShouldContain("    an: { months: 'chinero febrero");
        palenquero.ShouldContain("    vep: { months: 'viluku/tal\\'", Case.Sensitive, "a quote inside a name stays escaped");
        palenquero.ShouldNotContain("yes: 'sí'");
        german.ShouldNotContain("    an: {", Case.Sensitive, "the browser names German months: no neighbour's are read");
    }

    [Theory]
    [InlineData("haw")]
    [InlineData("br")]
    [InlineData("pa")]
    public void A_language_whose_months_the_reading_rules_list_carries_no_neighbour_s_months(string language) =>
        ScriptWriter.ExtractionFor(language).ShouldNotContain("    an: {", Case.Sensitive, "the rules name this language's months themselves");
}
