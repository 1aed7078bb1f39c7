import { fakeBrowser } from 'wxt/testing/fake-browser';

// The popup's world on the fake browser: a focused window, tabs, and scripting.executeScript
// as a mock (fake-browser has no scripting of its own). Call in a describe/file scope.
export function useFakeTabs(): { executeScript: () => ReturnType<typeof vi.fn>; injects: (result: unknown) => void; openTab: (url: string) => Promise<number> } {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    executeScript = vi.fn();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return {
    executeScript: () => executeScript,
    injects: (result) => executeScript.mockResolvedValue([{ frameId: 0, documentId: 'doc', result }]),
    openTab: async (url) => (await fakeBrowser.tabs.create({ url, active: true })).id!,
  };
}
