import { Page } from '../../ui/Page';
import { ChangePasswordSection } from './ChangePasswordSection';
import { DevicesSection } from './DevicesSection';
import { IdentitiesSection } from './IdentitiesSection';
import { PlanSection } from './PlanSection';

export function AccountPage() {
  return (
    <Page title="Account">
      <IdentitiesSection />
      <ChangePasswordSection />
      <DevicesSection />
      <PlanSection />
    </Page>
  );
}
