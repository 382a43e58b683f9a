import { create } from 'zustand';

export const views = ['dialer', 'contacts', 'history', 'voicemail', 'messages', 'settings'] as const;
export type View = (typeof views)[number];

export interface NavigationState {
  current: View;
  /** Grows on every navigation, so the layout knows when to move focus to the new view. */
  navigationCount: number;
}

export interface NavigationActions {
  navigate(view: View): void;
}

export const initialNavigationState: NavigationState = { current: 'dialer', navigationCount: 0 };

export const useNavigationStore = create<NavigationState & NavigationActions>()((set) => ({
  ...initialNavigationState,

  navigate(view) {
    set((state) => ({ current: view, navigationCount: state.navigationCount + 1 }));
  },
}));

type Store = NavigationState & NavigationActions;

export const selectors = {
  current: (state: Store) => state.current,
  navigationCount: (state: Store) => state.navigationCount,
  navigate: (state: Store) => state.navigate,
};
