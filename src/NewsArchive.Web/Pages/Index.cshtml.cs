using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsArchive.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
