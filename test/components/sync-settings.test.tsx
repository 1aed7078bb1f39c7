import { fireEvent, render, screen } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { SyncSettings } from '@/components/sites/SyncSettings';

describe('SyncSettings', () => {
  it('is an opt-in checkbox that reports the change', () => {
    const onToggle = vi.fn();
    render(<SyncSettings status={{ enabled: false, tooLarge: [], quotaFull: false }} busy={false} onToggle={onToggle} />);
    const box = screen.getByRole('checkbox');
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('says which sites stay on this device, in Norwegian too', () => {
    const { container } = render(
      <LangContext.Provider value="nb">
        <SyncSettings status={{ enabled: true, tooLarge: ['firma.no'], quotaFull: true }} busy={false} onToggle={() => {}} />
      </LangContext.Provider>,
    );
    expect(container.querySelector('[data-message="sync-too-large"]')?.textContent).toContain('firma.no');
    expect(container.querySelector('[data-message="sync-quota"]')?.textContent).toMatch(/full/);
  });

  it('shows no sync problems while sync is off', () => {
    const { container } = render(<SyncSettings status={{ enabled: false, tooLarge: ['firma.no'], quotaFull: true }} busy={false} onToggle={() => {}} />);
    expect(container.querySelector('[data-message]')).toBeNull();
  });
});
