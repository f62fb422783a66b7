import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'streamlit',
  name: 'Streamlit',
  languages: ['python'],
  description: 'Streamlit apps keep models across reruns in `st.session_state` (`st.session_state.chat_engine = index.as_chat_engine()`, `st.session_state["model"] = load()`): a model stored there is known where it is read. Loaders decorated `@st.cache_resource` return their model as any function does.',
  tables: {
    sharedStores: ['session_state'],
  },
};
export default pack;
