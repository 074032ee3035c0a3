// Suggests people as the visitor types in a search box marked data-suggest; without script the box works as a plain search.
(() => {
    for (const input of document.querySelectorAll("input[data-suggest]")) {
        const list = document.getElementById(input.getAttribute("list"));
        let timer = 0;
        input.addEventListener("input", () => {
            clearTimeout(timer);
            const q = input.value.trim();
            if (q.length < 2 || !list) {
                return;
            }
            timer = setTimeout(async () => {
                const url = input.dataset.suggest + "?pageSize=8&q=" + encodeURIComponent(q);
                const response = await fetch(url, { headers: { Accept: "application/json" } });
                if (!response.ok) {
                    return;
                }
                const page = await response.json();
                list.replaceChildren(...page.items.map(p => {
                    const option = document.createElement("option");
                    option.value = p.name;
                    return option;
                }));
            }, 150);
        });
    }
})();
