using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class TaskWordsTests
{
    private static readonly RecordField[] Book = [new("name", "string", true), new("author", "string", true), new("price", "number", true)];

    [Fact]
    public void A_task_listing_the_fields_in_the_schemas_order_names_each_field()
    {
        var aliases = TaskWords.Aliases("Extract every book with its title, writer and cost", Book);

        aliases["name"].ShouldBe(["title"]);
        aliases["author"].ShouldBe(["writer"]);
        aliases["price"].ShouldBe(["cost"]);
    }

    [Fact]
    public void The_list_may_be_in_a_later_sentence_and_items_lose_their_filler_words()
    {
        var aliases = TaskWords.Aliases("Search with the keywords and location given; list each title, the employer and whether it is remote",
            [new("title", "string", true), new("employer", "string", true), new("remote", "boolean", true)]);

        aliases["remote"].ShouldBe(["remote"]);
        aliases["title"].ShouldBe(["title"]);
    }

    [Fact]
    public void The_list_may_start_after_other_things_the_sentence_lists()
    {
        var aliases = TaskWords.Aliases("Search for books of the given genre and language and list every book found with the title (without the quotation marks), the author and the cost", Book);

        aliases["name"].ShouldBe(["title", "without", "quotation", "mark"]);
        aliases["price"].ShouldBe(["cost"]);
        TaskWords.Asides("List every book with the title (without the quotation marks), the author and the cost", Book)["name"].ShouldContain("quotation");
    }

    [Fact]
    public void Words_the_task_says_before_its_list_name_the_site_s_subject_not_a_field()
    {
        var aliases = TaskWords.Aliases("From this fish smokers group's page get the group's name, the price of one carton of smoked fish and the fish",
            [new("name", "string", true), new("cartonPrice", "number", true), new("fish", "string", true)]);

        aliases["name"].ShouldBe(["name"]);
        aliases["cartonPrice"].ShouldBe(["price", "carton", "smoked"], "\"one\" is a filler word too");
        aliases["fish"].ShouldBe(["fish"], "an item of the subject's words alone keeps them");
    }

    [Theory]
    [InlineData("Extract every book with its title and cost")]
    [InlineData("Extract every book with its colour, weight and size")]
    public void A_list_of_another_length_or_naming_none_of_its_fields_says_nothing(string task) =>
        TaskWords.Aliases(task, Book).ShouldBeEmpty();
}
